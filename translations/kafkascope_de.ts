<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartHistory</name>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="51"/>
        <source>%1 rebalance</source>
        <translation>%1-Rebalance</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="54"/>
        <source>%1 generation %2</source>
        <translation>%1 Generation %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="72"/>
        <source>broker %1 killed</source>
        <translation>Broker %1 abgeschossen</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="74"/>
        <source>leader elected</source>
        <translation>Leader gewählt</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../ui/session/csv.cpp" line="59"/>
        <source>Cannot write the CSV file %1: %2</source>
        <translation>Die CSV-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="33"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="154"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="202"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="207"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="41"/>
        <source>OFFLINE partition</source>
        <translation>OFFLINE-Partition</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="42"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, in sync</source>
        <translation>Follower, synchron</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, OUT OF SYNC</source>
        <translation>Follower, NICHT SYNCHRON</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="49"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="50"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>Log end offset (LEO)</source>
        <translation>Log-End-Offset (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="178"/>
        <source>High watermark (HW)</source>
        <translation>High Watermark (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>Lag behind the leader</source>
        <translation>Rückstand zum Leader</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n Offset</numerusform>
            <numerusform>%n Offsets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <source>In the ISR</source>
        <translation>Im ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Broker running</source>
        <translation>Broker läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="180"/>
        <source>Log start offset</source>
        <translation>Log-Start-Offset</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 Bytes in %n Segment</numerusform>
            <numerusform>%1 Bytes in %n Segmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <source>Latest leader epoch in its log</source>
        <translation>Letzte Leader-Epoche im Log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="62"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="63"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>Klicken Sie auf einen Broker, Controller, ein Replikat, einen Producer, eine Gruppe oder einen Consumer, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="70"/>
        <source>%1 internal</source>
        <translation>%1 intern</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="71"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <source>Active controller</source>
        <translation>Aktiver Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="78"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>ZooKeeper nodes</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>Controllers</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="82"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="181"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="182"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <source>Committed metadata records</source>
        <translation>Festgeschriebene Metadaten-Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <source>Engine events processed</source>
        <translation>Verarbeitete Engine-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="96"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="97"/>
        <source>%1 · leads %2 of its %n replica(s)</source>
        <translation>
            <numerusform>%1 · führt %2 seines %n Replikats</numerusform>
            <numerusform>%1 · führt %2 seiner %n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="100"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="101"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="256"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="311"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="102"/>
        <source>Leader replicas</source>
        <translation>Leader-Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="103"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="176"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Bytes on disk</source>
        <translation>Bytes auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="158"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="312"/>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="159"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="313"/>
        <source>Links cut</source>
        <translation>Getrennte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <source>The controller</source>
        <translation>Der Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <source>Controller&apos;s view</source>
        <translation>Sicht des Controllers</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="109"/>
        <source>no active controller</source>
        <translation>kein aktiver Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="112"/>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="112"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="113"/>
        <source>Replica fetchers</source>
        <translation>Replika-Fetcher</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="115"/>
        <source>slow: wait %1 between fetches</source>
        <translation>langsam: wartet %1 zwischen Fetches</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="116"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="117"/>
        <source>Log dir</source>
        <translation>Log-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="118"/>
        <source>offline (disk full): restart the broker to heal it</source>
        <translation>offline (Platte voll): Broker neu starten, um es zu heilen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="119"/>
        <source>online, but the disk is full: the next write fails</source>
        <translation>online, aber die Platte ist voll: der nächste Schreibvorgang schlägt fehl</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="120"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="121"/>
        <source>Replicas on this broker</source>
        <translation>Replikate auf diesem Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="126"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · Rückstand %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="127"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>ZooKeeper node %1</source>
        <translation>ZooKeeper-Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>Controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>%1 des ZooKeeper-Ensembles in Epoche %2; der Controller ist Broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="144"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>Der aktive Controller: der Quorum-Leader in Term %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="145"/>
        <source>%1 in term %2</source>
        <translation>%1 in Term %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>Quorum role</source>
        <translation>Quorum-Rolle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="149"/>
        <source>Term (epoch)</source>
        <translation>Term (Epoche)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Committed up to (HW)</source>
        <translation>Festgeschrieben bis (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>Log end offset</source>
        <translation>Log-End-Offset</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Latest snapshot</source>
        <translation>Letzter Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2 (End-Offset-Epoche)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="169"/>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="170"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>OFFLINE: kein Replikat kann sie führen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>Leader-Broker %1 (Epoche %2), ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="173"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="174"/>
        <source>Leader epoch</source>
        <translation>Leader-Epoche</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="175"/>
        <source>Partition epoch</source>
        <translation>Partitionsepoche</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="184"/>
        <source>Reassignment: adding</source>
        <translation>Neuzuweisung: hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Reassignment: removing</source>
        <translation>Neuzuweisung: entfernen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="190"/>
        <source>Topic %1 configs</source>
        <translation>Konfiguration von Topic %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="198"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Replikat auf Broker %1 (ausgewählt)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="198"/>
        <source>Replica on broker %1</source>
        <translation>Replikat auf Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="214"/>
        <source>Consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="215"/>
        <source>%1, on its own</source>
        <translation>%1, eigenständig</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>%1 in group %2, %3</source>
        <translation>%1 in Gruppe %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="219"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="255"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Member id</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>Static member (group.instance.id)</source>
        <translation>Statisches Mitglied (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>Member state</source>
        <translation>Mitgliedszustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <source>Application state</source>
        <translation>Anwendungszustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Assignors</source>
        <translation>Assignors</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="261"/>
        <source>Rebalance protocol</source>
        <translation>Rebalance-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="230"/>
        <source>Records polled</source>
        <translation>Abgerufene Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Records processed</source>
        <translation>Verarbeitete Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>Commits (failed)</source>
        <translation>Commits (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="233"/>
        <source>Rebalances</source>
        <translation>Rebalances</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="235"/>
        <source>Owns %1</source>
        <translation>Besitzt %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="236"/>
        <source>Position (next offset)</source>
        <translation>Position (nächster Offset)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>High watermark seen</source>
        <translation>Gesehene High Watermark</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>Reads from broker</source>
        <translation>Liest von Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>Consumer group %1</source>
        <translation>Consumer-Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="251"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1, Generation %2, %n Mitglied, Rückstand %3</numerusform>
            <numerusform>%1, Generation %2, %n Mitglieder, Rückstand %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="259"/>
        <source>Offsets stored in</source>
        <translation>Offsets gespeichert in</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>Oldest unread record</source>
        <translation>Ältester ungelesener Record</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Processed twice (duplicates)</source>
        <translation>Doppelt verarbeitet (Duplikate)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Never processed (skipped)</source>
        <translation>Nie verarbeitet (übersprungen)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="269"/>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="270"/>
        <source>idle: no partitions</source>
        <translation>untätig: keine Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="276"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · Position %2 · committet %3 · Ende %4 · Rückstand %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="277"/>
        <source>no owner</source>
        <translation>kein Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="283"/>
        <source>Last rebalance</source>
        <translation>Letzter Rebalance</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="284"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Generations</source>
        <translation>Generationen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>entzogen %1 · verloren %2 · zugewiesen %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="303"/>
        <source>Producer client on node %1</source>
        <translation>Producer-Client auf Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="304"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Records sent</source>
        <translation>Gesendete Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="307"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="308"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="309"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="310"/>
        <source>Batch retries</source>
        <translation>Batch-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="314"/>
        <source>Configs</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="319"/>
        <source>Partitions written</source>
        <translation>Beschriebene Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="322"/>
        <source>%1 record(s), %2 acknowledged, last %3</source>
        <translation>%1 Record(s), %2 bestätigt, zuletzt %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="329"/>
        <source>Background producer</source>
        <translation>Hintergrund-Producer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="330"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="331"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="332"/>
        <source>Records per send</source>
        <translation>Records pro Sendung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="333"/>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="88"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="89"/>
        <source>Language of the window (it changes at the next start):</source>
        <translation>Sprache des Fensters (wechselt beim nächsten Start):</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="94"/>
        <source>The language changes to %1 at the next start of Kafkascope.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Kafkascope zu %1.</translation>
    </message>
</context>
<context>
    <name>LessonSummary</name>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="49"/>
        <source>The cluster at the end of the lesson</source>
        <translation>Der Cluster am Ende der Lektion</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="50"/>
        <source>The cluster at step %1 of %2</source>
        <translation>Der Cluster bei Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Your turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="55"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="119"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="160"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="70"/>
        <source>Not answered. The answer: %1.</source>
        <translation>Nicht beantwortet. Die Antwort: %1.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="73"/>
        <source>✓ Your answer: %1. Right.</source>
        <translation>✓ Ihre Antwort: %1. Richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="75"/>
        <source>✗ Your answer: %1. The answer: %2.</source>
        <translation>✗ Ihre Antwort: %1. Die Antwort: %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="82"/>
        <source>✓ Done.</source>
        <translation>✓ Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="82"/>
        <source>Not done.</source>
        <translation>Nicht erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="84"/>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="89"/>
        <source>Predictions: %1 of %2 right.</source>
        <translation>Vorhersagen: %1 von %2 richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="89"/>
        <source>Tasks done: %1 of %2.</source>
        <translation>Aufgaben erledigt: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="93"/>
        <source>Key terms:</source>
        <translation>Wichtige Begriffe:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="113"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="137"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="152"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="173"/>
        <source>Cannot write the lesson summary %1: %2</source>
        <translation>Die Zusammenfassung der Lektion %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="137"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>MetricsTracker</name>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="46"/>
        <source>Partitions this broker leads whose ISR lacks a replica: a follower is down or slow. Healthy: 0.</source>
        <translation>Partitionen, die dieser Broker führt und deren ISR ein Replikat fehlt: ein Follower ist ausgefallen oder langsam. Gesund: 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="47"/>
        <source>Partitions with no leader: nobody can produce to or consume from them. Above 0 is an outage.</source>
        <translation>Partitionen ohne Leader: niemand kann in sie produzieren oder aus ihnen konsumieren. Über 0 ist ein Ausfall.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="48"/>
        <source>Nodes acting as the active controller; over the whole cluster it must be exactly 1.</source>
        <translation>Knoten, die als aktiver Controller arbeiten; über den ganzen Cluster muss es genau 1 sein.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="50"/>
        <source>How often leaders drop a follower from the ISR (it fell behind replica.lag.time.max.ms or its broker died).</source>
        <translation>Wie oft Leader einen Follower aus dem ISR entfernen (er lag über replica.lag.time.max.ms zurück oder sein Broker ist ausgefallen).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="51"/>
        <source>How often leaders take a caught-up follower back into the ISR, e.g. after a restart.</source>
        <translation>Wie oft Leader einen aufgeholten Follower wieder in den ISR aufnehmen, z. B. nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="53"/>
        <source>Leader elections per second, and how long the partitions went without a leader (from the fault to the new leader).</source>
        <translation>Leader-Wahlen pro Sekunde und wie lange die Partitionen ohne Leader waren (vom Fehler bis zum neuen Leader).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="55"/>
        <source>Elections of an out-of-sync replica (unclean.leader.election.enable): acknowledged records can be lost. Healthy: 0.</source>
        <translation>Wahlen eines nicht synchronen Replikats (unclean.leader.election.enable): bestätigte Records können verloren gehen. Gesund: 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="56"/>
        <source>Records per second this broker appends as leader (from producers and its group coordinator).</source>
        <translation>Records pro Sekunde, die dieser Broker als Leader anhängt (von Producern und seinem Gruppen-Koordinator).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="57"/>
        <source>Bytes per second producers send to this broker (replication not included).</source>
        <translation>Bytes pro Sekunde, die Producer an diesen Broker senden (ohne Replikation).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="58"/>
        <source>Bytes per second this broker sends to consumers (replication not included).</source>
        <translation>Bytes pro Sekunde, die dieser Broker an Consumer sendet (ohne Replikation).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="60"/>
        <source>Appends the broker refused for an unexpected reason, e.g. NOT_ENOUGH_REPLICAS with the ISR below min.insync.replicas.</source>
        <translation>Schreibvorgänge, die der Broker aus unerwartetem Grund abgelehnt hat, z. B. NOT_ENOUGH_REPLICAS bei einem ISR unter min.insync.replicas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="62"/>
        <source>Mean time from a produce request&apos;s arrival to its answer; with acks=all it includes waiting for the followers.</source>
        <translation>Mittlere Zeit vom Eingang einer Produce-Anfrage bis zur Antwort; mit acks=all einschließlich des Wartens auf die Follower.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="64"/>
        <source>Mean time a consumer&apos;s fetch spends at the broker, including waiting up to fetch.max.wait.ms for records.</source>
        <translation>Mittlere Zeit, die ein Fetch eines Consumers beim Broker verbringt, einschließlich bis zu fetch.max.wait.ms Warten auf Records.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="65"/>
        <source>The consumer&apos;s largest lag over its partitions (high watermark − position): is it keeping up?</source>
        <translation>Der größte Rückstand des Consumers über seine Partitionen (High Watermark − Position): hält er mit?</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="117"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="124"/>
        <source>%1 (node %2)</source>
        <translation>%1 (Knoten %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="129"/>
        <source>%1, mean %2 ms</source>
        <translation>%1, Mittel %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="135"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="156"/>
        <location filename="../ui/panels/metrics_tracker.cpp" line="158"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="163"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_tracker.cpp" line="181"/>
        <source>%n leader(s) elected</source>
        <translation>
            <numerusform>%n Leader gewählt</numerusform>
            <numerusform>%n Leader gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="27"/>
        <source>the record&apos;s own partition</source>
        <translation>die eigene Partition des Records</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="28"/>
        <source>murmur2 hash of the key</source>
        <translation>murmur2-Hash des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="29"/>
        <source>sticky partitioner (no key)</source>
        <translation>Sticky-Partitioner (kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="30"/>
        <source>round-robin partitioner (no key)</source>
        <translation>Round-Robin-Partitioner (kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="30"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="72"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="82"/>
        <source>not JSON (%1 at character %2)</source>
        <translation>kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="83"/>
        <source>expected a JSON object such as {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</source>
        <translation>JSON-Objekt erwartet, etwa {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="87"/>
        <source>&quot;topic&quot; must be a string</source>
        <translation>&quot;topic&quot; muss ein String sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="92"/>
        <source>&quot;partition&quot; must be a whole number, 0 or more</source>
        <translation>&quot;partition&quot; muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="96"/>
        <source>&quot;key&quot; must be a string or null</source>
        <translation>&quot;key&quot; muss ein String oder null sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="98"/>
        <source>the record has no &quot;value&quot;</source>
        <translation>der Record hat kein &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="104"/>
        <source>each header must be {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</source>
        <translation>jeder Header muss {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;} sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="113"/>
        <source>&quot;headers&quot; must be a list or an object</source>
        <translation>&quot;headers&quot; muss eine Liste oder ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="118"/>
        <source>&quot;acks&quot; must be 0, 1 or &quot;all&quot;</source>
        <translation>&quot;acks&quot; muss 0, 1 oder &quot;all&quot; sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="138"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>ungültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="139"/>
        <source>invalid JSON: expected an object or an array</source>
        <translation>ungültiges JSON: Objekt oder Array erwartet</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="31"/>
        <source>Replaying</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="52"/>
        <source>%1
%2 of %3 simulated</source>
        <translation>%1
%2 von %3 simuliert</translation>
    </message>
</context>
<context>
    <name>ScreenshotSession</name>
    <message>
        <location filename="../app/screenshot.cpp" line="39"/>
        <source>cannot read the script line &apos;%1&apos; (write e.g. &apos;@4s broker kill 2&apos;)</source>
        <translation>Die Skriptzeile &apos;%1&apos; kann nicht gelesen werden (schreiben Sie z. B. &apos;@4s broker kill 2&apos;)</translation>
    </message>
</context>
<context>
    <name>SimTimeText</name>
    <message>
        <location filename="../ui/sim_time_text.cpp" line="28"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="79"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;führt %5 der %6 gezeigten Replikate · %7 Bytes auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="81"/>
        <source>, isolated from every other node</source>
        <translation>, von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="82"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>, der Controller des Clusters (über ZooKeeper gewählt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="86"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;hält außerdem %n Replikat interner Topics (__consumer_offsets), nicht gezeichnet</numerusform>
            <numerusform>&lt;br&gt;hält außerdem %n Replikate interner Topics (__consumer_offsets), nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="89"/>
        <source>&lt;br&gt;&lt;b&gt;Slow follower&lt;/b&gt;: its replica fetchers wait %1 between fetches</source>
        <translation>&lt;br&gt;&lt;b&gt;Langsamer Follower&lt;/b&gt;: seine Replika-Fetcher warten %1 zwischen Fetches</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="91"/>
        <source>&lt;br&gt;&lt;b&gt;Log dir offline&lt;/b&gt; (disk full): its replicas are offline until a restart</source>
        <translation>&lt;br&gt;&lt;b&gt;Log-Verzeichnis offline&lt;/b&gt; (Platte voll): seine Replikate sind bis zu einem Neustart offline</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="92"/>
        <source>&lt;br&gt;&lt;b&gt;Disk full&lt;/b&gt;: its next write fails</source>
        <translation>&lt;br&gt;&lt;b&gt;Platte voll&lt;/b&gt;: sein nächster Schreibvorgang schlägt fehl</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="95"/>
        <source>&lt;br&gt;the active controller sees it as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;der aktive Controller sieht ihn als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="96"/>
        <source>, last heartbeat %1 ago</source>
        <translation>, letzter Heartbeat vor %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="134"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="136"/>
        <source> · ISOLATED</source>
        <translation> · ISOLIERT</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="138"/>
        <source>LOG DIR OFFLINE</source>
        <translation>LOG-VERZ. OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="139"/>
        <source>DISK FULL</source>
        <translation>PLATTE VOLL</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="140"/>
        <source>SLOW FOLLOWER</source>
        <translation>LANGSAMER FOLLOWER</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="146"/>
        <source>leads %1 of %2%3</source>
        <translation>führt %1 von %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="149"/>
        <source> · %1 internal</source>
        <translation> · %1 intern</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="154"/>
        <source>no replicas</source>
        <translation>keine Replikate</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Consumer, Knoten %2)%3&lt;br&gt;Prozess %4 · Mitglied %5 · %6&lt;br&gt;besitzt %7&lt;br&gt;Rückstand %8 · verarbeitet %9 · Commits %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source>, no group</source>
        <translation>, keine Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> in group %1, generation %2%3</source>
        <translation> in Gruppe %1, Generation %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> (group leader)</source>
        <translation> (Gruppen-Leader)</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="50"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="80"/>
        <source>closed: left the group</source>
        <translation>geschlossen: hat die Gruppe verlassen</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <location filename="../ui/topology/controller_item.cpp" line="65"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="84"/>
        <source>idle: no partitions</source>
        <translation>untätig: keine Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>%1 · lag %2</source>
        <translation>%1 · Rückstand %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="25"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3, Quorum-Rolle %4 in Epoche %5%6&lt;br&gt;kennt sein Log als festgeschrieben bis Offset %7 · hält %8 Einträge%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="31"/>
        <source>, the ACTIVE controller</source>
        <translation>, der AKTIVE Controller</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="34"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="68"/>
        <source>active leader</source>
        <translation>aktiver Leader</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="71"/>
        <source>ISOLATED · %1</source>
        <translation>ISOLIERT · %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="68"/>
        <source>Consumers that belong to no group: they read what they are assigned or subscribe to on their own</source>
        <translation>Consumer, die zu keiner Gruppe gehören: Sie lesen, was ihnen zugewiesen ist oder was sie selbst abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="69"/>
        <source>&lt;b&gt;Consumer group %1&lt;/b&gt; — %2, generation %3&lt;br&gt;coordinator broker %4 (leader of %5)&lt;br&gt;assignor %6 · reads %7 partition(s) · lag %8 record(s) behind the committed offsets</source>
        <translation>&lt;b&gt;Consumer-Gruppe %1&lt;/b&gt; — %2, Generation %3&lt;br&gt;Koordinator Broker %4 (Leader von %5)&lt;br&gt;Assignor %6 · liest %7 Partition(en) · Rückstand %8 Record(s) hinter den committeten Offsets</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="73"/>
        <location filename="../ui/topology/group_item.cpp" line="107"/>
        <location filename="../ui/topology/replica_item.cpp" line="92"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="74"/>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="103"/>
        <source>REBALANCING</source>
        <translation>REBALANCE</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="105"/>
        <source>gen %1 · coordinator %2 · committed lag %3</source>
        <translation>Gen. %1 · Koordinator %2 · committeter Rückstand %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="110"/>
        <source>consumers on their own</source>
        <translation>eigenständige Consumer</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="115"/>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="12"/>
        <source>No consumers yet. Cluster → Add consumer… (Ctrl+Shift+A) starts one, in a group or alone.</source>
        <translation>Noch keine Consumer. Cluster → Consumer hinzufügen… (Ctrl+Shift+A) startet einen, in einer Gruppe oder allein.</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="25"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/topology/link_item.cpp" line="99"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation>&lt;br&gt;%1 Records pro simulierter Sekunde (geglättet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; (Producer, Knoten %2)%3&lt;br&gt;gesendete Records %4 · bestätigt %5 · fehlgeschlagen %6 · ausstehend %7&lt;br&gt;Batch-Wiederholungen %8&lt;br&gt;Hintergrund-Producer: %9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Producer, Knoten %2)%3&lt;br&gt;Records gesendet %4 · bestätigt %5 · fehlgeschlagen %6 · ausstehend %7&lt;br&gt;Batch-Wiederholungen %8&lt;br&gt;%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation> — von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="29"/>
        <source> — closing: waiting for the answers to its last records</source>
        <translation> — wird geschlossen: wartet auf die Antworten zu seinen letzten Records</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="61"/>
        <source>ISOLATED</source>
        <translation>ISOLIERT</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
        <source>closing</source>
        <translation>schließt</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="63"/>
        <source>producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="66"/>
        <source>sent %1 · acked %2 · failed %3</source>
        <translation>gesendet %1 · bestätigt %2 · fehlgeschlagen %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="81"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="82"/>
        <source>follower, in sync</source>
        <translation>Follower, synchron</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="83"/>
        <source>follower, OUT OF SYNC (not in the ISR)</source>
        <translation>Follower, NICHT SYNCHRON (nicht im ISR)</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="84"/>
        <source>OFFLINE partition: no leader</source>
        <translation>OFFLINE-Partition: kein Leader</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="85"/>
        <source>its broker is down</source>
        <translation>sein Broker ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf Broker %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="89"/>
        <source>LEO %1 · HW %2 · lag %3 behind the leader</source>
        <translation>LEO %1 · HW %2 · Rückstand %3 zum Leader</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="90"/>
        <source>leader epoch %1 · this log&apos;s latest epoch %2</source>
        <translation>Leader-Epoche %1 · letzte Epoche dieses Logs %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="91"/>
        <source>leader %1 · ISR %2 · replicas %3</source>
        <translation>Leader %1 · ISR %2 · Replikate %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/replica_item.cpp" line="93"/>
        <source>log start %1 · %2 in %n segment(s)</source>
        <translation>
            <numerusform>Log-Start %1 · %2 in %n Segment</numerusform>
            <numerusform>Log-Start %1 · %2 in %n Segmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="129"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="129"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="143"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="145"/>
        <source>down · LEO %1</source>
        <translation>ausgefallen · LEO %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="148"/>
        <source>LEO %1 · HW %2</source>
        <translation>LEO %1 · HW %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="150"/>
        <source>out of sync · lag %1</source>
        <translation>nicht synchron · Rückstand %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="151"/>
        <source>lag %1</source>
        <translation>Rückstand %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="8"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="15"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="16"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="34"/>
        <source>background producer off</source>
        <translation>Hintergrund-Producer aus</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="37"/>
        <source>waiting for topic %1</source>
        <translation>wartet auf Topic %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="39"/>
        <source>auto: %1 rec/s → %2</source>
        <translation>auto: %1 Rec/s → %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="89"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation>ZooKeeper-Ensemble · der Controller ist Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="89"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="90"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation>KRaft-Controller-Quorum · Metadaten festgeschrieben bis Offset %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="226"/>
        <source>acks=%1 · linger.ms=%2</source>
        <translation>acks=%1 · linger.ms=%2</translation>
    </message>
    <message>
        <source>acks=%1 · linger.ms=%2 · %3</source>
        <translation type="vanished">acks=%1 · linger.ms=%2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="36"/>
        <source>&lt;b&gt;Link cut&lt;/b&gt;: %1 and %2 cannot reach each other</source>
        <translation>&lt;b&gt;Verbindung getrennt&lt;/b&gt;: %1 und %2 erreichen einander nicht</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="37"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation>&lt;b&gt;Verbindung in eine Richtung getrennt&lt;/b&gt;: %1 erreicht %2 nicht (%2 erreicht %1 noch)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; schreibt über dessen Leader nach &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; schreibt in die %n Partition, die &lt;b&gt;Broker %2&lt;/b&gt; führt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; schreibt in die %n Partitionen, die &lt;b&gt;Broker %2&lt;/b&gt; führt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; liest &lt;b&gt;%2&lt;/b&gt; von Broker %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; liest %n Partition von &lt;b&gt;Broker %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; liest %n Partitionen von &lt;b&gt;Broker %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExportText</name>
    <message>
        <location filename="../ui/session/view_export.cpp" line="65"/>
        <source>The picture would be too large (%1 × %2 pixels).</source>
        <translation>Das Bild wäre zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="68"/>
        <location filename="../ui/session/view_export.cpp" line="75"/>
        <location filename="../ui/session/view_export.cpp" line="88"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="81"/>
        <source>The Kafkascope topology view</source>
        <translation>Die Topologieansicht von Kafkascope</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="153"/>
        <source>there is no such file</source>
        <translation>es gibt keine solche Datei</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="154"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="156"/>
        <source>the file is empty, not a Kafkascope workspace</source>
        <translation>die Datei ist leer, kein Kafkascope-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="159"/>
        <source>it is not a Kafkascope workspace (not an SQLite database)</source>
        <translation>sie ist kein Kafkascope-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="160"/>
        <source>the file is truncated: %1 bytes, not even a whole SQLite header</source>
        <translation>die Datei ist abgeschnitten: %1 Bytes, nicht einmal ein ganzer SQLite-Kopf</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="164"/>
        <source>the file is corrupt: its SQLite header names no valid page size</source>
        <translation>die Datei ist beschädigt: ihr SQLite-Kopf nennt keine gültige Seitengröße</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="169"/>
        <source>the file is truncated: %1 bytes of the %2 its header promises</source>
        <translation>die Datei ist abgeschnitten: %1 Bytes von den %2, die ihr Kopf verspricht</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="173"/>
        <source>the table &apos;%1&apos; is damaged: %2</source>
        <translation>die Tabelle &apos;%1&apos; ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="179"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="184"/>
        <source>the file is corrupt: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="181"/>
        <source>the file is corrupt: SQLite&apos;s check says &apos;%1&apos;</source>
        <translation>die Datei ist beschädigt: SQLites Prüfung sagt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="185"/>
        <source>it is an SQLite database but not a Kafkascope workspace (it has no schema_version table)</source>
        <translation>sie ist eine SQLite-Datenbank, aber kein Kafkascope-Arbeitsbereich (ihr fehlt die Tabelle schema_version)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="187"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="199"/>
        <source>it has no row</source>
        <translation>sie hat keine Zeile</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="190"/>
        <source>&apos;%1&apos; is not a version</source>
        <translation>&apos;%1&apos; ist keine Version</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="192"/>
        <source>it was written by a newer Kafkascope (workspace schema version %1; this one reads up to version %2)</source>
        <translation>sie wurde von einem neueren Kafkascope geschrieben (Arbeitsbereich-Schemaversion %1; dieses liest bis Version %2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="202"/>
        <source>the seed &apos;%1&apos; is not a whole number</source>
        <translation>der Seed &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="212"/>
        <source>it ends (%1 µs) before its setup did (%2 µs)</source>
        <translation>sie endet (%1 µs), bevor ihre Einrichtung endete (%2 µs)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="214"/>
        <source>the background producer&apos;s rate is not positive</source>
        <translation>die Rate des Hintergrund-Producers ist nicht positiv</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="215"/>
        <source>the clock speed is not positive</source>
        <translation>die Uhrgeschwindigkeit ist nicht positiv</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="229"/>
        <source>command %1 (&apos;%2&apos;) is at %3 µs, before the one it follows (%4 µs)</source>
        <translation>Befehl %1 (&apos;%2&apos;) liegt bei %3 µs, vor dem, auf den er folgt (%4 µs)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="260"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="266"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="268"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="273"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="278"/>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="285"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>ks::EngineText</name>
    <message>
        <location filename="../engine/broker/broker.cpp" line="94"/>
        <source>broker %1 starting, registering with the controller</source>
        <translation>Broker %1 startet und registriert sich beim Controller</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="131"/>
        <source>broker %1 registered with broker epoch %2; fenced until it catches up with the metadata log</source>
        <translation>Broker %1 registriert mit Broker-Epoche %2; abgeschirmt (fenced), bis er das Metadaten-Log eingeholt hat</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="274"/>
        <source>broker %1: the controller no longer knows broker epoch %2; registering again</source>
        <translation>Broker %1: der Controller kennt die Broker-Epoche %2 nicht mehr; registriert sich erneut</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="284"/>
        <source>broker %1 is unfenced and serving</source>
        <translation>Broker %1 ist nicht mehr abgeschirmt (unfenced) und bedient Anfragen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="329"/>
        <source>broker %1 was behind the metadata log start (its image ends at offset %2); loaded snapshot %3 from controller %4 into its metadata image</source>
        <translation>Broker %1 lag vor dem Anfang des Metadaten-Logs (sein Image endet bei Offset %2); hat Snapshot %3 von Controller %4 in sein Metadaten-Image geladen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="422"/>
        <source>broker %1: %2 leader at epoch %3 (LEO %4, HW %5, ISR %6)</source>
        <translation>Broker %1: %2 Leader in Epoche %3 (LEO %4, HW %5, ISR %6)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="441"/>
        <source>broker %1: %2 has no leader (epoch %3); waiting</source>
        <translation>Broker %1: %2 hat keinen Leader (Epoche %3); wartet</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="447"/>
        <source>broker %1: %2 follows leader %3 at epoch %4</source>
        <translation>Broker %1: %2 folgt Leader %3 in Epoche %4</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="461"/>
        <source>broker %1: %2 deleted (its topic is gone)</source>
        <translation>Broker %1: %2 gelöscht (sein Topic existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="462"/>
        <source>broker %1: %2 replica removed and its log deleted</source>
        <translation>Broker %1: Replikat von %2 entfernt und sein Log gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="707"/>
        <source>broker %1 caught up to offset %2</source>
        <translation>Broker %1 hat bis Offset %2 aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="761"/>
        <source>brokers %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 länger als replica.lag.time.max.ms (%2) nicht aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="762"/>
        <source>broker %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 länger als replica.lag.time.max.ms (%2) nicht aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="770"/>
        <source>broker %1: %2 ISR expand %3 → %4 proposed: %5</source>
        <translation>Broker %1: %2 ISR-Erweiterung %3 → %4 vorgeschlagen: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="771"/>
        <source>broker %1: %2 ISR shrink %3 → %4 proposed: %5</source>
        <translation>Broker %1: %2 ISR-Verkleinerung %3 → %4 vorgeschlagen: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="806"/>
        <source>broker %1: %2 ISR change rejected by the controller: %3</source>
        <translation>Broker %1: %2 ISR-Änderung vom Controller abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="866"/>
        <source>broker %1: %2 is behind the leader&apos;s log start offset %3; dropped %4 records</source>
        <translation>Broker %1: %2 liegt vor dem Log-Start-Offset %3 des Leaders; %4 Datensätze verworfen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="903"/>
        <source>the leader has no record of epoch %1; truncating to the HW</source>
        <translation>der Leader kennt Epoche %1 nicht; kürzt auf die HW</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="907"/>
        <source>diverged from leader %1, whose epoch %2 ends at offset %3</source>
        <translation>weicht von Leader %1 ab, dessen Epoche %2 bei Offset %3 endet</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="915"/>
        <source>broker %1: %2 truncated %3 record (offset %4): %5</source>
        <translation>Broker %1: %2 hat %3 Datensatz gekürzt (Offset %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="916"/>
        <source>broker %1: %2 truncated %3 records (offsets %4): %5</source>
        <translation>Broker %1: %2 hat %3 Datensätze gekürzt (Offsets %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="955"/>
        <source>broker %1: %2 deleted %3 segment(s) (%4 records) past %5; log start offset now %6</source>
        <translation>Broker %1: %2 hat %3 Segment(e) (%4 Datensätze) jenseits von %5 gelöscht; Log-Start-Offset jetzt %6</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker_faults.cpp" line="34"/>
        <source>broker %1: writing %2 failed: no space left on device → its log dir is offline with its %3 replica(s); requests for them get KAFKA_STORAGE_ERROR</source>
        <translation>Broker %1: Schreiben von %2 fehlgeschlagen: kein Platz mehr auf dem Gerät → sein Log-Verzeichnis ist mit seinen %3 Replikat(en) offline; Anfragen dafür erhalten KAFKA_STORAGE_ERROR</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="80"/>
        <location filename="../engine/scenario/runner.cpp" line="385"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="146"/>
        <source>assigned %1 by hand (no group membership)</source>
        <translation>%1 von Hand zugewiesen (keine Gruppenmitgliedschaft)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="148"/>
        <source>commits to group %1</source>
        <translation>committet in Gruppe %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="157"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing, static member %4)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, eager Rebalancing, statisches Mitglied %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="158"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing, static member %4)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, kooperatives Rebalancing, statisches Mitglied %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="160"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, eager Rebalancing)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="161"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, kooperatives Rebalancing)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="165"/>
        <source>reads every partition of [%1] (no group)</source>
        <translation>liest jede Partition von [%1] (keine Gruppe)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="171"/>
        <source>auto-commit every %1</source>
        <translation>Auto-Commit alle %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="175"/>
        <source>commits (async) after processing (at-least-once)</source>
        <translation>committet (asynchron) nach der Verarbeitung (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="176"/>
        <source>commits (async) before processing (at-most-once)</source>
        <translation>committet (asynchron) vor der Verarbeitung (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="177"/>
        <source>commits after processing (at-least-once)</source>
        <translation>committet nach der Verarbeitung (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="178"/>
        <source>commits before processing (at-most-once)</source>
        <translation>committet vor der Verarbeitung (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="181"/>
        <source>processing %1 per record</source>
        <translation>Verarbeitung %1 pro Datensatz</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="184"/>
        <source>consumer started: %1</source>
        <translation>Consumer gestartet: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="200"/>
        <source>FAILED: %1 (the application stops here)</source>
        <translation>FEHLGESCHLAGEN: %1 (die Anwendung hält hier an)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="220"/>
        <source>no heartbeat response within session.timeout.ms</source>
        <translation>keine Heartbeat-Antwort innerhalb von session.timeout.ms</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="225"/>
        <source>commitSync() gave up after default.api.timeout.ms (%1): TimeoutException</source>
        <translation>commitSync() gab nach default.api.timeout.ms (%1) auf: TimeoutException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="268"/>
        <source>group coordinator is broker %1</source>
        <translation>Gruppenkoordinator ist Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="274"/>
        <source>FindCoordinator: %1; retrying</source>
        <translation>FindCoordinator: %1; neuer Versuch</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="377"/>
        <source>poll() returned %1 record(s): %2</source>
        <translation>poll() lieferte %1 Datensatz/Datensätze: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="451"/>
        <source>no longer a member of generation it owned them in</source>
        <translation>nicht mehr Mitglied der Generation, in der es sie besaß</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="461"/>
        <source>eager rebalancing: every member gives up all its partitions before rejoining</source>
        <translation>eager Rebalancing: jedes Mitglied gibt vor dem erneuten Beitritt alle seine Partitionen ab</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="478"/>
        <source>lost its group coordinator (broker %1): %2; looking it up again</source>
        <translation>hat seinen Gruppenkoordinator verloren (Broker %1): %2; sucht ihn erneut</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="504"/>
        <source>async commit of %1 failed: the coordinator went away</source>
        <translation>asynchroner Commit von %1 fehlgeschlagen: der Koordinator ist weg</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="584"/>
        <source>rejoins (JoinGroup): %1</source>
        <translation>tritt erneut bei (JoinGroup): %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="605"/>
        <source>JoinGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>JoinGroup antwortete UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="609"/>
        <source>JoinGroup answered ILLEGAL_GENERATION</source>
        <translation>JoinGroup antwortete ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="612"/>
        <source>JoinGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>JoinGroup antwortete REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="618"/>
        <source>JoinGroup answered %1</source>
        <translation>JoinGroup antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="621"/>
        <source>JoinGroup failed with %1</source>
        <translation>JoinGroup fehlgeschlagen mit %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="662"/>
        <source>leader of generation %1: assigned with %2: %3</source>
        <translation>Leader der Generation %1: zugewiesen mit %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="681"/>
        <source>SyncGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>SyncGroup antwortete REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="685"/>
        <source>SyncGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>SyncGroup antwortete UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="689"/>
        <source>SyncGroup answered ILLEGAL_GENERATION</source>
        <translation>SyncGroup antwortete ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="696"/>
        <source>SyncGroup answered %1</source>
        <translation>SyncGroup antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="699"/>
        <source>SyncGroup failed with %1</source>
        <translation>SyncGroup fehlgeschlagen mit %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="715"/>
        <source>cooperative rebalancing: they move to another member</source>
        <translation>kooperatives Rebalancing: sie wechseln zu einem anderen Mitglied</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="722"/>
        <source>generation %1 of %2: owns %3</source>
        <translation>Generation %1 von %2: besitzt %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="725"/>
        <source>newly assigned %1</source>
        <translation>neu zugewiesen %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="726"/>
        <source>revoked %1</source>
        <translation>entzogen %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="729"/>
        <source>%1 (idle: the group has more consumers than partitions)</source>
        <translation>%1 (untätig: die Gruppe hat mehr Consumer als Partitionen)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="733"/>
        <source>revoked %1; rejoining so that they can be assigned elsewhere (cooperative, second round)</source>
        <translation>%1 entzogen; tritt erneut bei, damit sie anderswo zugewiesen werden können (kooperativ, zweite Runde)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="741"/>
        <location filename="../engine/client/consumer.cpp" line="1389"/>
        <source>the partition count of %1 changed</source>
        <translation>die Partitionsanzahl von %1 hat sich geändert</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="760"/>
        <source>lost %1: %2 (onPartitionsLost: nothing is committed for them)</source>
        <translation>%1 verloren: %2 (onPartitionsLost: für sie wird nichts committet)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="761"/>
        <source>revoked %1: %2</source>
        <translation>entzogen %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="790"/>
        <source>heartbeat answered REBALANCE_IN_PROGRESS: it rejoins at its next poll()</source>
        <translation>Heartbeat antwortete REBALANCE_IN_PROGRESS: er tritt bei seinem nächsten poll() erneut bei</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="791"/>
        <source>the group is rebalancing</source>
        <translation>die Gruppe führt ein Rebalancing durch</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="796"/>
        <source>heartbeat answered %1: it is no longer a member of generation %2; it rejoins</source>
        <translation>Heartbeat antwortete %1: er ist nicht mehr Mitglied der Generation %2; er tritt erneut bei</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="802"/>
        <source>FENCED_INSTANCE_ID: another consumer with group.instance.id %1 took its place</source>
        <translation>FENCED_INSTANCE_ID: ein anderer Consumer mit group.instance.id %1 hat seinen Platz eingenommen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="807"/>
        <source>heartbeat answered %1</source>
        <translation>Heartbeat antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="814"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); as a static member it sends no LeaveGroup (session.timeout.ms removes it). Processing a batch of up to max.poll.records takes too long.</source>
        <translation>Consumer-Poll-Timeout abgelaufen: %1 seit dem letzten poll(), mehr als max.poll.interval.ms (%2); als statisches Mitglied sendet er kein LeaveGroup (session.timeout.ms entfernt ihn). Die Verarbeitung eines Batches von bis zu max.poll.records dauert zu lange.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="817"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); it leaves the group. Processing a batch of up to max.poll.records takes too long.</source>
        <translation>Consumer-Poll-Timeout abgelaufen: %1 seit dem letzten poll(), mehr als max.poll.interval.ms (%2); er verlässt die Gruppe. Die Verarbeitung eines Batches von bis zu max.poll.records dauert zu lange.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="862"/>
        <source>no group, so no committed offset</source>
        <translation>keine Gruppe, also kein committeter Offset</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="895"/>
        <source>OffsetFetch answered %1</source>
        <translation>OffsetFetch antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="913"/>
        <source>no committed offset; auto.offset.reset=earliest</source>
        <translation>kein committeter Offset; auto.offset.reset=earliest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="916"/>
        <source>no committed offset; auto.offset.reset=latest</source>
        <translation>kein committeter Offset; auto.offset.reset=latest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="921"/>
        <source>ERROR: %1 has no committed offset and auto.offset.reset=none: poll() throws NoOffsetForPartitionException; it reads nothing from %1 until a seek</source>
        <translation>FEHLER: %1 hat keinen committeten Offset und auto.offset.reset=none: poll() wirft NoOffsetForPartitionException; er liest nichts aus %1 bis zu einem seek</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="927"/>
        <source>resumes at the committed offsets: %1</source>
        <translation>setzt an den committeten Offsets fort: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="988"/>
        <source>no record at or after that time: to the end</source>
        <translation>kein Datensatz zu oder nach diesem Zeitpunkt: ans Ende</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="994"/>
        <source>%1 position set to offset %2 (%3)</source>
        <translation>%1 Position auf Offset %2 gesetzt (%3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1009"/>
        <source>commit of %1 failed: CommitFailedException (it is not a member of the group right now; another member may process these records again)</source>
        <translation>Commit von %1 fehlgeschlagen: CommitFailedException (er ist gerade kein Mitglied der Gruppe; ein anderes Mitglied verarbeitet diese Datensätze womöglich erneut)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1042"/>
        <source>commit of %1 failed: CommitFailedException</source>
        <translation>Commit von %1 fehlgeschlagen: CommitFailedException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1083"/>
        <location filename="../engine/group/group_coordinator.cpp" line="788"/>
        <source>committed %1</source>
        <translation>committet %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1090"/>
        <location filename="../engine/client/consumer.cpp" line="1103"/>
        <source>OffsetCommit answered %1</source>
        <translation>OffsetCommit antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1099"/>
        <source>commit of %1 failed: %2 (CommitFailedException: the group rebalanced; the partitions&apos; next owner starts from the last committed offset and processes these records again)</source>
        <translation>Commit von %1 fehlgeschlagen: %2 (CommitFailedException: die Gruppe hat ein Rebalancing durchgeführt; der nächste Besitzer der Partitionen beginnt beim letzten committeten Offset und verarbeitet diese Datensätze erneut)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1101"/>
        <source>commit of %1 failed: %2</source>
        <translation>Commit von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1110"/>
        <source>FENCED_INSTANCE_ID on commit</source>
        <translation>FENCED_INSTANCE_ID beim Commit</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1126"/>
        <source>closed (LeaveGroup sent: the group rebalances without it)</source>
        <translation>geschlossen (LeaveGroup gesendet: die Gruppe führt ohne ihn ein Rebalancing durch)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1128"/>
        <source>closed (a static member sends no LeaveGroup: its partitions wait for it until session.timeout.ms)</source>
        <translation>geschlossen (ein statisches Mitglied sendet kein LeaveGroup: seine Partitionen warten bis session.timeout.ms auf ihn)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1130"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1169"/>
        <source>commitSync() of its positions %1 (a manual commit)</source>
        <translation>commitSync() seiner Positionen %1 (ein manueller Commit)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1183"/>
        <source>seek(%1, %2): the next poll() reads from offset %2</source>
        <translation>seek(%1, %2): das nächste poll() liest ab Offset %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1192"/>
        <source>seekToBeginning</source>
        <translation>seekToBeginning</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1199"/>
        <source>seekToEnd</source>
        <translation>seekToEnd</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1207"/>
        <source>offsetsForTimes: the first record at or after %1</source>
        <translation>offsetsForTimes: der erste Datensatz zu oder nach %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1279"/>
        <source>%1: leader broker %2 sends it to broker %3, a replica in its rack %4 (fetch from follower, KIP-392)</source>
        <translation>%1: Leader-Broker %2 schickt ihn zu Broker %3, einem Replikat in seinem Rack %4 (Fetch vom Follower, KIP-392)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1290"/>
        <source>fetch of %1 from follower broker %2: %3; back to the leader</source>
        <translation>Fetch von %1 vom Follower-Broker %2: %3; zurück zum Leader</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1297"/>
        <source>offset %1 is out of range (log start %2, high watermark %3)</source>
        <translation>Offset %1 liegt außerhalb des Bereichs (Log-Start %2, High Watermark %3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1301"/>
        <source>ERROR: %1: %2 and auto.offset.reset=none</source>
        <translation>FEHLER: %1: %2 und auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1307"/>
        <source>%1; auto.offset.reset=%2</source>
        <translation>%1; auto.offset.reset=%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1314"/>
        <source>fetch of %1 from broker %2: %3; refreshing metadata</source>
        <translation>Fetch von %1 von Broker %2: %3; Metadaten werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1387"/>
        <source>as the group leader it sees %1 now has %2 partition(s), not %3: it triggers a rebalance</source>
        <translation>als Gruppen-Leader sieht er, dass %1 jetzt %2 Partition(en) hat, nicht %3: er löst ein Rebalancing aus</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1404"/>
        <source>the connection to it closed</source>
        <translation>die Verbindung zu ihm wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1439"/>
        <source>a request to it timed out</source>
        <translation>eine Anfrage an ihn lief in ein Timeout</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="161"/>
        <source>%1: partition %2 of %3 does not exist (it has %4)</source>
        <translation>%1: Partition %2 von %3 existiert nicht (es hat %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="378"/>
        <source>%1: a batch of %2 records to %3 got MESSAGE_TOO_LARGE; splitting it in two and sending again</source>
        <translation>%1: ein Batch von %2 Datensätzen an %3 erhielt MESSAGE_TOO_LARGE; wird geteilt und erneut gesendet</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="394"/>
        <source>%1: %2 record(s) to %3 got %4; retrying in %5 (attempt %6)</source>
        <translation>%1: %2 Datensatz/Datensätze an %3 erhielten %4; neuer Versuch in %5 (Versuch %6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="442"/>
        <source>%1: %2 record(s) acked on %3 at offsets %4..%5 (acks=%6)</source>
        <translation>%1: %2 Datensatz/Datensätze auf %3 bestätigt, Offsets %4..%5 (acks=%6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="444"/>
        <source>%1: %2 record(s) acked on %3 (acks=0: no offset) (acks=%4)</source>
        <translation>%1: %2 Datensatz/Datensätze auf %3 bestätigt (acks=0: kein Offset) (acks=%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="450"/>
        <source>%1: %2 record(s) to %3 failed: %4</source>
        <translation>%1: %2 Datensatz/Datensätze an %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="486"/>
        <source>%1 closed: every record it was given has an outcome (%2 acked, %3 failed in all)</source>
        <translation>%1 geschlossen: jeder ihm übergebene Datensatz hat ein Ergebnis (insgesamt %2 bestätigt, %3 fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="515"/>
        <source>%1: %2 → %3 acked</source>
        <translation>%1: %2 → %3 bestätigt</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="517"/>
        <source>%1: %2 → %3 acked (%4)</source>
        <translation>%1: %2 → %3 bestätigt (%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="519"/>
        <source>%1 failed with %2</source>
        <translation>%1 fehlgeschlagen mit %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="18"/>
        <source>INVARIANT VIOLATED: %1: %2</source>
        <translation>INVARIANTE VERLETZT: %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="22"/>
        <source>%1: the unclean leader happens to hold every acknowledged acks=all record</source>
        <translation>%1: der unsaubere (unclean) Leader hat zufällig jeden bestätigten acks=all-Datensatz</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="24"/>
        <source>%1: the unclean election lost %2 acknowledged acks=all record(s), offsets %3..%4</source>
        <translation>%1: die unsaubere (unclean) Wahl hat %2 bestätigte acks=all-Datensätze verloren, Offsets %3..%4</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="109"/>
        <source>node %1 (broker+controller)</source>
        <translation>Knoten %1 (Broker+Controller)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="110"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="111"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="112"/>
        <source>zookeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="116"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="117"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="147"/>
        <source>%1 killed (a crash: its log on disk survives)</source>
        <translation>%1 abgeschossen (ein Absturz: sein Log auf der Platte bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="157"/>
        <location filename="../engine/cluster/cluster.cpp" line="196"/>
        <source>%1 restarted</source>
        <translation>%1 neu gestartet</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="165"/>
        <source>%1 paused (like a long GC pause: it holds what it receives)</source>
        <translation>%1 angehalten (wie eine lange GC-Pause: er behält, was er empfängt)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="176"/>
        <source>%1 resumed</source>
        <translation>%1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="186"/>
        <source>%1 killed (its log on disk survives)</source>
        <translation>%1 abgeschossen (sein Log auf der Platte bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="208"/>
        <source>link %1 ⇹ %2 cut</source>
        <translation>Verbindung %1 ⇹ %2 getrennt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="208"/>
        <source>link %1 → %2 cut (one way: %2 can still reach %1)</source>
        <translation>Verbindung %1 → %2 getrennt (in eine Richtung: %2 erreicht %1 weiterhin)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="221"/>
        <source>link %1 ⇹ %2 healed</source>
        <translation>Verbindung %1 ⇹ %2 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="230"/>
        <source>%1 isolated from every other node</source>
        <translation>%1 von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="239"/>
        <source>every link healed</source>
        <translation>alle Verbindungen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="309"/>
        <source>broker %1 added to the cluster</source>
        <translation>Broker %1 zum Cluster hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="326"/>
        <source>broker %1 is being decommissioned: moving its %2 replica(s) to other brokers</source>
        <translation>Broker %1 wird stillgelegt: seine %2 Replikat(e) werden auf andere Broker verschoben</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 started again (node %2)</source>
        <translation>Consumer %1 erneut gestartet (Knoten %2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 added (node %2)</source>
        <translation>Consumer %1 hinzugefügt (Knoten %2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="49"/>
        <source>consumer %1 started again (node %2, group %3)</source>
        <translation>Consumer %1 erneut gestartet (Knoten %2, Gruppe %3)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="50"/>
        <source>consumer %1 added (node %2, group %3)</source>
        <translation>Consumer %1 hinzugefügt (Knoten %2, Gruppe %3)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="66"/>
        <source>consumer %1 closing (close(): it finishes its batch, commits, and leaves the group)</source>
        <translation>Consumer %1 wird geschlossen (close(): er beendet seinen Batch, committet und verlässt die Gruppe)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="80"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup; the coordinator notices after session.timeout.ms (%2))</source>
        <translation>Consumer %1 abgeschossen (ein Absturz: kein Commit, kein LeaveGroup; der Koordinator bemerkt es nach session.timeout.ms (%2))</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="83"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup)</source>
        <translation>Consumer %1 abgeschossen (ein Absturz: kein Commit, kein LeaveGroup)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="95"/>
        <source>consumer %1 paused (like a long GC pause: no poll, no heartbeat, no processing)</source>
        <translation>Consumer %1 angehalten (wie eine lange GC-Pause: kein poll, kein Heartbeat, keine Verarbeitung)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="106"/>
        <source>consumer %1 resumed</source>
        <translation>Consumer %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="28"/>
        <source>link %1 ⇹ %2 slowed: latency %3, jitter %4, loss %5%</source>
        <translation>Verbindung %1 ⇹ %2 verlangsamt: Latenz %3, Jitter %4, Verlust %5%</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="29"/>
        <source>link %1 → %2 slowed: latency %3, jitter %4, loss %5% (one way: %2 → %1 stays as it was)</source>
        <translation>Verbindung %1 → %2 verlangsamt: Latenz %3, Jitter %4, Verlust %5% (in eine Richtung: %2 → %1 bleibt, wie es war)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="41"/>
        <source>broker %1 is a slow follower: its replica fetchers wait %2 between fetches</source>
        <translation>Broker %1 ist ein langsamer Follower: seine Replica-Fetcher warten %2 zwischen den Fetches</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="43"/>
        <source>broker %1&apos;s replica fetchers are back to normal</source>
        <translation>die Replica-Fetcher von Broker %1 arbeiten wieder normal</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="54"/>
        <source>broker %1&apos;s disk is full: its next write fails (a restart after freeing space heals it)</source>
        <translation>die Platte von Broker %1 ist voll: sein nächster Schreibvorgang schlägt fehl (ein Neustart nach dem Freigeben von Platz heilt es)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="115"/>
        <source>%1 bytes of records since the last one (metadata.log.max.record.bytes.between.snapshots=%2)</source>
        <translation>%1 Bytes an Datensätzen seit dem letzten (metadata.log.max.record.bytes.between.snapshots=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="118"/>
        <source>%1 since the last one (metadata.log.max.snapshot.interval.ms=%2)</source>
        <translation>%1 seit dem letzten (metadata.log.max.snapshot.interval.ms=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="124"/>
        <source>controller %1 wrote metadata snapshot at offset %2 (epoch %3), %4; its metadata log now starts at %5</source>
        <translation>Controller %1 hat einen Metadaten-Snapshot bei Offset %2 (Epoche %3) geschrieben, %4; sein Metadaten-Log beginnt jetzt bei %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="138"/>
        <source>controller %1 was behind the log start of quorum leader %2; loaded snapshot %3 (FetchSnapshot) and fetches the records after it</source>
        <translation>Controller %1 lag vor dem Log-Start von Quorum-Leader %2; hat Snapshot %3 geladen (FetchSnapshot) und holt die Datensätze danach</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="150"/>
        <source>controller %1 is the active controller (epoch %2)</source>
        <translation>Controller %1 ist der aktive Controller (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="156"/>
        <source>controller %1 is no longer the active controller</source>
        <translation>Controller %1 ist nicht mehr der aktive Controller</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="179"/>
        <source>metadata log @%1 committed: %2</source>
        <translation>Metadaten-Log @%1 committet: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="241"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4, leader moves to broker %5</source>
        <translation>Controller %1: %2 Neuzuweisung abgeschlossen: Replikate %3 → %4, Leader wechselt zu Broker %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="243"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4</source>
        <translation>Controller %1: %2 Neuzuweisung abgeschlossen: Replikate %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="267"/>
        <source>controller %1: preferred leader election for %2</source>
        <translation>Controller %1: Wahl des bevorzugten Leaders für %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="293"/>
        <source>controller %1: broker %2 leads only %3 of the %4 partitions it is preferred for (over leader.imbalance.per.broker.percentage %5%) → preferred leader election</source>
        <translation>Controller %1: Broker %2 führt nur %3 der %4 Partitionen, für die er bevorzugt ist (über leader.imbalance.per.broker.percentage %5%) → Wahl des bevorzugten Leaders</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="349"/>
        <source>controller %1: reassigning %2 %3 → %4</source>
        <translation>Controller %1: weist %2 neu zu %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="351"/>
        <source>controller %1: reassigning %2 %3 → %4: adding %5 must catch up and join the ISR first</source>
        <translation>Controller %1: weist %2 neu zu %3 → %4: die hinzukommenden %5 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="364"/>
        <source>re-registered after a restart</source>
        <translation>hat sich nach einem Neustart erneut registriert</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="382"/>
        <source>controller %1: broker %2 reports an offline log dir in its heartbeat → its replicas are offline</source>
        <translation>Controller %1: Broker %2 meldet in seinem Heartbeat ein Offline-Log-Verzeichnis → seine Replikate sind offline</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="390"/>
        <source>controller %1: broker %2 caught up with the metadata log → unfenced</source>
        <translation>Controller %1: Broker %2 hat das Metadaten-Log eingeholt → nicht mehr abgeschirmt (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="404"/>
        <source>missed heartbeats for %1 (broker.session.timeout.ms %2)</source>
        <translation>hat %1 lang keine Heartbeats gesendet (broker.session.timeout.ms %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="411"/>
        <source>controller %1: broker %2 %3 → fenced</source>
        <translation>Controller %1: Broker %2 %3 → abgeschirmt (fenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="495"/>
        <source>controller %1: %2 is offline: no in-sync replica is alive (leader epoch %3)</source>
        <translation>Controller %1: %2 ist offline: kein In-Sync-Replikat lebt (Leader-Epoche %3)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="497"/>
        <source>controller %1: %2: new leader broker %3 (epoch %4)</source>
        <translation>Controller %1: %2: neuer Leader Broker %3 (Epoche %4)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="500"/>
        <source>%1 by UNCLEAN election: records only the old ISR had are lost</source>
        <translation>%1 durch UNSAUBERE (unclean) Wahl: Datensätze, die nur der alte ISR hatte, sind verloren</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="502"/>
        <source>%1, ISR %2 → %3</source>
        <translation>%1, ISR %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="505"/>
        <source>controller %1: %2 ISR %3 → %4</source>
        <translation>Controller %1: %2 ISR %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="506"/>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>controller %1: %2</source>
        <translation>Controller %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="567"/>
        <source>controller %1: %2 ISR %3 → %4 (asked by leader %5)</source>
        <translation>Controller %1: %2 ISR %3 → %4 (angefragt von Leader %5)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="604"/>
        <source>controller %1: created topic %2 with %3 partition(s), replication factor %4</source>
        <translation>Controller %1: Topic %2 mit %3 Partition(en) angelegt, Replikationsfaktor %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="620"/>
        <source>controller %1: deleted topic %2</source>
        <translation>Controller %1: Topic %2 gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="117"/>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="233"/>
        <source>%1 (%2, generation %3, %4 member(s), %5 committed offset(s))</source>
        <translation>%1 (%2, Generation %3, %4 Mitglied(er), %5 committete(r) Offset(s))</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="240"/>
        <source>broker %1 is now group coordinator for %2 (leader epoch %3): %4</source>
        <translation>Broker %1 ist jetzt Gruppenkoordinator für %2 (Leader-Epoche %3): %4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="242"/>
        <source>no groups in its %1 record(s)</source>
        <translation>keine Gruppen in seinen %1 Datensätzen</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="243"/>
        <source>loaded %1 from %2 record(s)</source>
        <translation>%1 aus %2 Datensätzen geladen</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="273"/>
        <source>broker %1 is no longer its coordinator (it does not lead %2-%3 any more)</source>
        <translation>Broker %1 ist nicht mehr ihr Koordinator (er führt %2-%3 nicht mehr)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="295"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4 (offsets.topic.replication.factor=%5 capped to the %6 live broker(s)), cleanup.policy=compact</source>
        <translation>Broker %1: das erste FindCoordinator; bittet den Controller, %2 anzulegen mit offsets.topic.num.partitions=%3, Replikationsfaktor %4 (offsets.topic.replication.factor=%5 begrenzt auf die %6 lebenden Broker), cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="299"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4, cleanup.policy=compact</source>
        <translation>Broker %1: das erste FindCoordinator; bittet den Controller, %2 anzulegen mit offsets.topic.num.partitions=%3, Replikationsfaktor %4, cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="403"/>
        <source>%1 offers assignor(s) %2, which not every member supports: INCONSISTENT_GROUP_PROTOCOL</source>
        <translation>%1 bietet Assignor(s) %2 an, die nicht jedes Mitglied unterstützt: INCONSISTENT_GROUP_PROTOCOL</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="431"/>
        <source>static member %1 (group.instance.id=%2) rejoined as %3 in place of %4: no rebalance, it keeps %5</source>
        <translation>statisches Mitglied %1 (group.instance.id=%2) ist als %3 anstelle von %4 wieder beigetreten: kein Rebalancing, es behält %5</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="521"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3)</source>
        <translation>%1 tritt als %2 bei (statisches Mitglied, group.instance.id=%3)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="523"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3): %4</source>
        <translation>%1 tritt als %2 bei (statisches Mitglied, group.instance.id=%3): %4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="525"/>
        <source>%1 joins as %2</source>
        <translation>%1 tritt als %2 bei</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="526"/>
        <source>%1 joins as %2: %3</source>
        <translation>%1 tritt als %2 bei: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="528"/>
        <source>new member %1 (%2) joined</source>
        <translation>neues Mitglied %1 (%2) beigetreten</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="540"/>
        <source>%1 (%2) rejoined: %3</source>
        <translation>%1 (%2) wieder beigetreten: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="542"/>
        <source>%1 (%2) rejoined with new metadata</source>
        <translation>%1 (%2) mit neuen Metadaten wieder beigetreten</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="544"/>
        <source>%1 (%2) rejoined</source>
        <translation>%1 (%2) wieder beigetreten</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="577"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; waiting group.initial.rebalance.delay.ms (%4) for more members</source>
        <translation>PreparingRebalance (Koordinator Broker %1, verlässt Generation %2): %3; wartet group.initial.rebalance.delay.ms (%4) auf weitere Mitglieder</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="581"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; members rejoin at their next heartbeat or poll</source>
        <translation>PreparingRebalance (Koordinator Broker %1, verlässt Generation %2): %3; Mitglieder treten bei ihrem nächsten Heartbeat oder poll erneut bei</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="600"/>
        <source>%1 removed: it did not rejoin within the rebalance timeout (max.poll.interval.ms = %2)</source>
        <translation>%1 entfernt: es ist nicht innerhalb des Rebalance-Timeouts wieder beigetreten (max.poll.interval.ms = %2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="619"/>
        <source>Empty at generation %1 (no members left)</source>
        <translation>Empty in Generation %1 (keine Mitglieder mehr)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="638"/>
        <source>CompletingRebalance: generation %1, assignor %2, members %3; the leader computes the assignment and sends it in SyncGroup</source>
        <translation>CompletingRebalance: Generation %1, Assignor %2, Mitglieder %3; der Leader berechnet die Zuweisung und sendet sie in SyncGroup</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="789"/>
        <source>committed %1 (from %2)</source>
        <translation>committet %1 (von %2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="816"/>
        <source>storing the assignment failed: %1</source>
        <translation>Speichern der Zuweisung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="828"/>
        <source>Stable at generation %1 after %2: %3</source>
        <translation>Stable in Generation %1 nach %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="886"/>
        <source>%1 left the group</source>
        <translation>%1 hat die Gruppe verlassen</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="887"/>
        <source>%1 left the group (%2)</source>
        <translation>%1 hat die Gruppe verlassen (%2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="941"/>
        <source>%1 removed: no heartbeat within session.timeout.ms (%2)</source>
        <translation>%1 entfernt: kein Heartbeat innerhalb von session.timeout.ms (%2)</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>zookeeper %1: %2</source>
        <translation>ZooKeeper %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="105"/>
        <source>no word from leader %1 for %2 (controller.quorum.fetch.timeout.ms)</source>
        <translation>seit %2 nichts von Leader %1 gehört (controller.quorum.fetch.timeout.ms)</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="110"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so broker fencing, partition leader elections, ISR changes and topic changes wait until a quorum is back</source>
        <translation>erreicht keine Mehrheit (%1 von %2 Votern): nichts kann committet werden, also warten Broker-Fencing, Leader-Wahlen der Partitionen, ISR-Änderungen und Topic-Änderungen, bis wieder ein Quorum besteht</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="113"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so ZooKeeper cannot serve writes, sessions or watches until a quorum is back</source>
        <translation>erreicht keine Mehrheit (%1 von %2 Votern): nichts kann committet werden, also kann ZooKeeper keine Schreibvorgänge, Sessions oder Watches bedienen, bis wieder ein Quorum besteht</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="130"/>
        <source>resigns as quorum leader: heard from only %1 of %2 voters within %3</source>
        <translation>tritt als Quorum-Leader zurück: hat innerhalb von %3 nur von %1 von %2 Votern gehört</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="191"/>
        <source>follows quorum leader %1 in epoch %2</source>
        <translation>folgt Quorum-Leader %1 in Epoche %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="204"/>
        <source>asks the other voters for a pre-vote for epoch %1</source>
        <translation>bittet die anderen Voter um eine Vorabstimmung (Pre-Vote) für Epoche %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="218"/>
        <source>stands for election as quorum leader in epoch %1</source>
        <translation>kandidiert als Quorum-Leader in Epoche %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="235"/>
        <source>is the quorum leader (a 1-voter quorum) in epoch %1</source>
        <translation>ist der Quorum-Leader (ein Quorum mit 1 Voter) in Epoche %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="237"/>
        <source>won the election: quorum leader in epoch %1 with %2 of %3 votes</source>
        <translation>hat die Wahl gewonnen: Quorum-Leader in Epoche %1 mit %2 von %3 Stimmen</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="274"/>
        <source>votes for controller %1 in epoch %2</source>
        <translation>stimmt für Controller %1 in Epoche %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="420"/>
        <source>truncated %1 uncommitted metadata record(s) that diverged from leader %2</source>
        <translation>hat %1 nicht committete Metadaten-Datensätze gekürzt, die von Leader %2 abwichen</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="274"/>
        <source>ZooKeeper-mode cluster (Kafka&apos;s architecture before 4.0): %1 broker(s), a ZooKeeper ensemble of %2 from %3, seed %4</source>
        <translation>Cluster im ZooKeeper-Modus (Kafkas Architektur vor 4.0): %1 Broker, ein ZooKeeper-Ensemble aus %2 ab %3, Seed %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="278"/>
        <source>KRaft cluster in combined mode (process.roles=broker,controller): %1 broker(s), of which 1..%2 are the controllers too, seed %3</source>
        <translation>KRaft-Cluster im kombinierten Modus (process.roles=broker,controller): %1 Broker, davon sind 1..%2 auch die Controller, Seed %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="281"/>
        <source>KRaft cluster: %1 broker(s), %2 controller(s) from %3, seed %4</source>
        <translation>KRaft-Cluster: %1 Broker, %2 Controller ab %3, Seed %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="285"/>
        <source>cluster ready: every broker is registered and a controller broker is elected</source>
        <translation>Cluster bereit: jeder Broker ist registriert und ein Controller-Broker ist gewählt</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="286"/>
        <source>cluster ready: every broker is registered and unfenced</source>
        <translation>Cluster bereit: jeder Broker ist registriert und nicht abgeschirmt (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="349"/>
        <source>%1 failed: %2: %3</source>
        <translation>%1 fehlgeschlagen: %2: %3</translation>
    </message>
    <message>
        <source>producer-1: %1</source>
        <translation type="vanished">producer-1: %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="638"/>
        <source>network: latency %1, jitter %2, loss %3%</source>
        <translation>Netzwerk: Latenz %1, Jitter %2, Verlust %3%</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="699"/>
        <source>chaos over: every node running, every link healed</source>
        <translation>Chaos vorbei: jeder Knoten läuft, jede Verbindung ist wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="27"/>
        <source>broker %1: its ZooKeeper session expired; opening a new one</source>
        <translation>Broker %1: seine ZooKeeper-Session ist abgelaufen; öffnet eine neue</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="37"/>
        <source>broker %1 saw /controller deleted → races to create it</source>
        <translation>Broker %1 sah /controller gelöscht → versucht als Erster, es anzulegen</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="44"/>
        <source>broker %1 starting, connecting to ZooKeeper</source>
        <translation>Broker %1 startet und verbindet sich mit ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="56"/>
        <source>broker %1 registered %2 (ephemeral)</source>
        <translation>Broker %1 hat %2 registriert (ephemeral)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="68"/>
        <source>broker %1: %2 still belongs to its previous session; retrying until that session expires</source>
        <translation>Broker %1: %2 gehört noch seiner vorigen Session; versucht es erneut, bis diese Session abläuft</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="117"/>
        <source>broker %1: StopReplica for %2 from controller broker %3 (delete)</source>
        <translation>Broker %1: StopReplica für %2 vom Controller-Broker %3 (löschen)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="118"/>
        <source>broker %1: StopReplica for %2 from controller broker %3</source>
        <translation>Broker %1: StopReplica für %2 vom Controller-Broker %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="201"/>
        <source>broker %1 created %2 to tell the controller</source>
        <translation>Broker %1 hat %2 angelegt, um den Controller zu informieren</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="202"/>
        <source>broker %1 could not create %2: %3</source>
        <translation>Broker %1 konnte %2 nicht anlegen: %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="30"/>
        <source>controller broker %1: %2</source>
        <translation>Controller-Broker %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="75"/>
        <source>could not claim controller epoch %1: %2</source>
        <translation>konnte Controller-Epoche %1 nicht beanspruchen: %2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="79"/>
        <source>won the race to create /controller: it is the controller (controller epoch %1); reading the cluster state from ZooKeeper</source>
        <translation>hat das Rennen um /controller gewonnen: er ist der Controller (Controller-Epoche %1); liest den Cluster-Zustand aus ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="116"/>
        <source>is no longer the controller</source>
        <translation>ist nicht mehr der Controller</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="178"/>
        <source>loaded %1 live broker(s), %2 topic(s) and %3 partition state(s) from ZooKeeper in %4</source>
        <translation>hat %1 lebende Broker, %2 Topic(s) und %3 Partitionszustände in %4 aus ZooKeeper geladen</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="187"/>
        <source>a replica is not alive</source>
        <translation>ein Replikat lebt nicht</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="187"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="310"/>
        <source>its leader is not alive</source>
        <translation>sein Leader lebt nicht</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="198"/>
        <source>%1: resuming its reassignment (adding %2, removing %3)</source>
        <translation>%1: setzt seine Neuzuweisung fort (hinzu %2, weg %3)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="222"/>
        <source>/brokers/ids/%1 is gone (its ZooKeeper session ended) → broker %1 is dead</source>
        <translation>/brokers/ids/%1 ist weg (seine ZooKeeper-Session endete) → Broker %1 ist tot</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="224"/>
        <source>/brokers/ids/%1 appeared → broker %1 is alive</source>
        <translation>/brokers/ids/%1 ist erschienen → Broker %1 lebt</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="436"/>
        <source>creating topic %1 with %2 partition(s): writing /brokers/topics/%1 and one state znode per partition</source>
        <translation>legt Topic %1 mit %2 Partition(en) an: schreibt /brokers/topics/%1 und einen Zustands-Znode pro Partition</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="593"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6, removing %7; %6 must catch up and join the ISR first</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, hinzu %6, weg %7; %6 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="595"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6; %6 must catch up and join the ISR first</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, hinzu %6; %6 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="597"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, removing %7</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, weg %7</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="598"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="612"/>
        <source>could not write /brokers/topics/%1 (the topic is gone or another controller took over)</source>
        <translation>konnte /brokers/topics/%1 nicht schreiben (das Topic ist weg oder ein anderer Controller hat übernommen)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="660"/>
        <source>%1: every target replica %2 is in the ISR → leader moves to broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1: jedes Zielreplikat %2 ist im ISR → Leader wechselt zu Broker %3 (Epoche %4), ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="663"/>
        <source>%1: every target replica %2 is in the ISR → ISR %3; writing %4</source>
        <translation>%1: jedes Zielreplikat %2 ist im ISR → ISR %3; schreibt %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="689"/>
        <source>%1 reassignment done: replicas %2 → %3</source>
        <translation>%1 Neuzuweisung abgeschlossen: Replikate %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="690"/>
        <source>%1 reassignment done: replicas %2 → %3; StopReplica (delete) to broker(s) %4</source>
        <translation>%1 Neuzuweisung abgeschlossen: Replikate %2 → %3; StopReplica (löschen) an Broker %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="229"/>
        <source>a replica died</source>
        <translation>ein Replikat ist gestorben</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="229"/>
        <source>it has no leader</source>
        <translation>es hat keinen Leader</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="270"/>
        <source>%1 (%2): offline, no in-sync replica is alive, ISR %3; writing %4</source>
        <translation>%1 (%2): offline, kein In-Sync-Replikat lebt, ISR %3; schreibt %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="272"/>
        <source>%1 (%2): leader broker %3 (epoch %4) by UNCLEAN election, ISR %5; writing %6</source>
        <translation>%1 (%2): Leader Broker %3 (Epoche %4) durch UNSAUBERE (unclean) Wahl, ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="274"/>
        <source>%1 (%2): leader broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1 (%2): Leader Broker %3 (Epoche %4), ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="291"/>
        <source>could not write %1: %2 (the znode or /controller_epoch changed); reading it again</source>
        <translation>konnte %1 nicht schreiben: %2 (der Znode oder /controller_epoch hat sich geändert); liest ihn erneut</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="402"/>
        <source>%1 ISR %2 → %3 (asked by leader %4); writing %5</source>
        <translation>%1 ISR %2 → %3 (angefragt von Leader %4); schreibt %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="473"/>
        <source>deleting topic %1</source>
        <translation>löscht Topic %1</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="505"/>
        <source>configs changed</source>
        <translation>Konfigurationen geändert</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="531"/>
        <source>%1: preferred leader election → broker %2 (epoch %3)</source>
        <translation>%1: Wahl des bevorzugten Leaders → Broker %2 (Epoche %3)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="39"/>
        <source>%1/log_dir_event_%2 appeared → broker %2&apos;s log dir is offline, and so are its replicas</source>
        <translation>%1/log_dir_event_%2 ist erschienen → das Log-Verzeichnis von Broker %2 ist offline, und damit seine Replikate</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="45"/>
        <source>a replica&apos;s log dir is offline</source>
        <translation>das Log-Verzeichnis eines Replikats ist offline</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="51"/>
        <source>zookeeper %1 leads the ZooKeeper ensemble</source>
        <translation>ZooKeeper %1 führt das ZooKeeper-Ensemble</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="85"/>
        <source>zookeeper %1: session %2 of node %3 expired (no request or ping for %4, zookeeper.session.timeout.ms %5)</source>
        <translation>ZooKeeper %1: Session %2 von Knoten %3 abgelaufen (seit %4 keine Anfrage und kein Ping, zookeeper.session.timeout.ms %5)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="206"/>
        <source>zookeeper %1: session %2 closed → ephemeral znodes deleted: %3</source>
        <translation>ZooKeeper %1: Session %2 geschlossen → ephemere Znodes gelöscht: %3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="57"/>
        <source>producer %1 started again (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>Producer %1 erneut gestartet (Knoten %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="58"/>
        <source>producer %1 added (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>Producer %1 hinzugefügt (Knoten %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="74"/>
        <source>producer %1 closing (close(): it sends what it holds without waiting for linger.ms, and waits for %2 record(s) to be acknowledged or to fail)</source>
        <translation>Producer %1 wird geschlossen (close(): er sendet, was er hält, ohne linger.ms abzuwarten, und wartet, bis %2 Datensatz/Datensätze bestätigt oder fehlgeschlagen sind)</translation>
    </message>
</context>
<context>
    <name>ks::ui::BrokersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="78"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="78"/>
        <source>The broker id</source>
        <translation>Die Broker-ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="79"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="79"/>
        <source>running, fenced (the controller stopped trusting it), registering, paused, stopped</source>
        <translation>läuft, fenced (der Controller vertraut ihm nicht mehr), registriert sich, pausiert, gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>Partitions this broker leads</source>
        <translation>Partitionen, die dieser Broker führt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>Partition replicas this broker holds</source>
        <translation>Partitionsreplikate auf diesem Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Partitions whose preferred leader (first replica) is this broker</source>
        <translation>Partitionen, deren bevorzugter Leader (erstes Replikat) dieser Broker ist</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Led elsewhere</source>
        <translation>Anderswo geführt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Of those, how many another broker leads now (after a failover)</source>
        <translation>Davon, wie viele jetzt ein anderer Broker führt (nach einem Failover)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Skew</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Led elsewhere ÷ preferred: Kafka&apos;s leader imbalance; a preferred leader election brings it to 0</source>
        <translation>Anderswo geführt ÷ bevorzugt: Kafkas Leader-Ungleichgewicht; eine Wahl der bevorzugten Leader bringt es auf 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica</source>
        <translation>UnderReplicatedPartitions: Partitionen, die er führt und deren ISR ein Replikat fehlt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Log size</source>
        <translation>Log-Größe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Bytes of all its partition logs on disk</source>
        <translation>Bytes aller seiner Partitions-Logs auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Disk share</source>
        <translation>Plattenanteil</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Its share of all bytes stored in the cluster</source>
        <translation>Sein Anteil an allen im Cluster gespeicherten Bytes</translation>
    </message>
</context>
<context>
    <name>ks::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="42"/>
        <source>records/s</source>
        <translation>Records/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="43"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="49"/>
        <source>Lag per:</source>
        <translation>Rückstand pro:</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="51"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="52"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="56"/>
        <source>records behind</source>
        <translation>Records zurück</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="58"/>
        <source>Consumer lag</source>
        <translation>Consumer-Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="65"/>
        <source>replicas / partitions</source>
        <translation>Replikate / Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="66"/>
        <source>ISR health</source>
        <translation>ISR-Zustand</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="78"/>
        <source>simulated time (s)</source>
        <translation>simulierte Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="156"/>
        <source>in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="157"/>
        <source>out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="160"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="161"/>
        <source>under-replicated partitions</source>
        <translation>unterreplizierte Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="163"/>
        <source>offline partitions</source>
        <translation>Offline-Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="200"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="207"/>
        <source>Could not write the PNG file %1</source>
        <translation>Die PNG-Datei %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="219"/>
        <location filename="../ui/panels/charts_panel.cpp" line="222"/>
        <source>Could not write the SVG file %1</source>
        <translation>Die SVG-Datei %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation type="vanished">Die CSV-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ks::ui::Classroom</name>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="75"/>
        <source>&amp;Choose a lesson…</source>
        <translation>Lektion &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>Eine der eingebauten Lektionen auf einem frischen Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="77"/>
        <source>&amp;Open a lesson file…</source>
        <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="78"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>Eine selbst geschriebene Lektion starten (siehe docs/lessons.md)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="79"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="80"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>Den vorherigen Schritt erneut zeigen (was ausgeführt wurde, bleibt erledigt)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="84"/>
        <source>Answer &amp;%1</source>
        <translation>Antwort &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="89"/>
        <source>&amp;Stop the lesson</source>
        <translation>Lektion &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="90"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>Die Lektion verlassen; der Cluster bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="91"/>
        <source>E&amp;xport lesson summary…</source>
        <translation>Zusammenfassung der Lektion e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="92"/>
        <source>Save a one-page summary of this lesson to take home, as PDF or HTML</source>
        <translation>Eine einseitige Zusammenfassung dieser Lektion zum Mitnehmen speichern, als PDF oder HTML</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="93"/>
        <source>P&amp;resenter mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="94"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>Projektor-Design, große Schrift, nur Ansicht und Lektion; jeder Schritt per Tastatur</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="97"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="98"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="99"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (hoher Kontrast)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="118"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="134"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="136"/>
        <source>View → Theme</source>
        <translation>Ansicht → Design</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="168"/>
        <source>The workspace&apos;s lesson cannot be opened</source>
        <translation>Die Lektion des Arbeitsbereichs kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="197"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="199"/>
        <source>Choose a lesson</source>
        <translation>Lektion wählen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="199"/>
        <source>Lesson:</source>
        <translation>Lektion:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="206"/>
        <source>Open a lesson file</source>
        <translation>Lektionsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="206"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lektionen (*.lesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="210"/>
        <source>The lesson cannot be opened</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="215"/>
        <source>No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).</source>
        <translation>Es läuft keine Lektion, also gibt es nichts zusammenzufassen: Starten Sie eine mit Lektionen → Lektion wählen (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="220"/>
        <source>Export lesson summary</source>
        <translation>Zusammenfassung der Lektion exportieren</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="226"/>
        <source>PDF, one A4 page (*.pdf);;HTML page (*.html)</source>
        <translation>PDF, eine A4-Seite (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="233"/>
        <source>Saved the lesson summary to %1</source>
        <translation>Zusammenfassung der Lektion in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ks::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="21"/>
        <source>Compare KRaft and ZooKeeper</source>
        <translation>KRaft und ZooKeeper vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="23"/>
        <source>Runs everything done in this session so far (seed %1) twice: once with a KRaft controller quorum (Kafka 4.x) and once with ZooKeeper and a controller broker (Kafka before 4.0), and measures how long each took to recover from the faults.</source>
        <translation>Führt alles, was in dieser Sitzung bisher geschah (Seed %1), zweimal aus: einmal mit einem KRaft-Controller-Quorum (Kafka 4.x) und einmal mit ZooKeeper und einem Controller-Broker (Kafka vor 4.0), und misst, wie lange sich jede Variante von den Fehlern erholte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="42"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="43"/>
        <source>Cancel comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="60"/>
        <source>Running the session in KRaft mode, then in ZooKeeper mode…</source>
        <translation>Die Sitzung läuft im KRaft-Modus, dann im ZooKeeper-Modus…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="87"/>
        <source>Cancelled. Nothing in the session changed; Run again to start over.</source>
        <translation>Abgebrochen. An der Sitzung hat sich nichts geändert; „Erneut ausführen“ beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="91"/>
        <source>
The session&apos;s commands have an error in one of the modes; the figures stop there.</source>
        <translation>
Die Befehle der Sitzung haben in einem der Modi einen Fehler; die Zahlen enden dort.</translation>
    </message>
</context>
<context>
    <name>ks::ui::ConsumerDialog</name>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="16"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation>Geben Sie dem Consumer einen Namen (seine client.id).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="17"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation>Verwenden Sie im Namen eines Consumers nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>There is a consumer %1 already.</source>
        <translation>Es gibt bereits einen Consumer %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="24"/>
        <source>Add consumer</source>
        <translation>Consumer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="37"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation>Consumer mit derselben Gruppe teilen sich die Partitionen; leer lassen für einen eigenständigen Consumer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="41"/>
        <source>the newest records (latest)</source>
        <translation>die neuesten Records (latest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="42"/>
        <source>the oldest records (earliest)</source>
        <translation>die ältesten Records (earliest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>&amp;Name (client.id)</source>
        <translation>&amp;Name (client.id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Assignor</source>
        <translation>&amp;Assignor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation>&amp;Start ab, ohne committeten Offset</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="57"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation>Legen Sie zuerst ein Topic an: Ein Consumer liest ein Topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="59"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation>Verwenden Sie im Namen einer Gruppe nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ks::ui::DataPanels</name>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="37"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="38"/>
        <source>Members and their partitions</source>
        <translation>Mitglieder und ihre Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="39"/>
        <source>Partitions: position, committed, lag</source>
        <translation>Partitionen: Position, committet, Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="42"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="43"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="44"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="45"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="46"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="49"/>
        <source>Charts &amp;follow the clock</source>
        <translation>Diagramme &amp;folgen der Uhr</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="54"/>
        <source>Keep the charts on the newest simulated time (dragging or zooming a chart stops it)</source>
        <translation>Die Diagramme auf der neuesten simulierten Zeit halten (Ziehen oder Zoomen eines Diagramms beendet das)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="64"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="65"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="66"/>
        <source>Export chart data as &amp;CSV…</source>
        <translation>Diagrammdaten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="125"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="126"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="127"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="128"/>
        <location filename="../ui/panels/data_panels.cpp" line="135"/>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="138"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogDock</name>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="17"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="30"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="31"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="32"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="33"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="34"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="35"/>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="36"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="37"/>
        <source>Routine detail</source>
        <translation>Routinedetails</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="41"/>
        <source>Also show routine detail: every acknowledgement of the background producer, every fetch</source>
        <translation>Auch Routinedetails zeigen: jede Bestätigung des Hintergrund-Producers, jeden Fetch</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="62"/>
        <source>Type a command and press Enter, e.g.  broker kill 2   ·   link cut 1 3   ·   print partitions</source>
        <translation>Befehl eingeben und Enter drücken, z. B.  broker kill 2   ·   link cut 1 3   ·   print partitions</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="88"/>
        <source>Show %1 events</source>
        <translation>%1-Ereignisse zeigen</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogModel</name>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="91"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation>(%1 Ereignisse wurden nicht gezeigt: das Fenster kam nicht hinterher)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="94"/>
        <source>✗ %1 — rejected: %2</source>
        <translation>✗ %1 — abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="95"/>
        <source>  (hover to see what it printed)</source>
        <translation>  (Maus darüber halten, um die Ausgabe zu sehen)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="120"/>
        <source> · about %1</source>
        <translation> · betrifft %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupMembersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="150"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="150"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="151"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="151"/>
        <source>client.id of the consumer</source>
        <translation>client.id des Consumers</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>The member id the coordinator gave it</source>
        <translation>Die Mitglieds-ID, die der Koordinator vergeben hat</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>The group leader runs the assignor; idle members got no partition</source>
        <translation>Der Gruppen-Leader führt den Assignor aus; untätige Mitglieder bekamen keine Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>The partitions it owns in this generation</source>
        <translation>Die Partitionen, die es in dieser Generation besitzt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="163"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="163"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="164"/>
        <source>, static</source>
        <translation>, statisch</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>, idle</source>
        <translation>, untätig</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupPartitionsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="175"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="175"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="176"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="176"/>
        <source>A partition the group reads</source>
        <translation>Eine Partition, die die Gruppe liest</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>The member it is assigned to</source>
        <translation>Das Mitglied, dem sie zugewiesen ist</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>The next offset the owner&apos;s poll() returns</source>
        <translation>Der nächste Offset, den poll() des Besitzers liefert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>The group&apos;s committed offset: where a new owner starts</source>
        <translation>Der committete Offset der Gruppe: dort beginnt ein neuer Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark</source>
        <translation>LOG-END-OFFSET, wie kafka-consumer-groups es zeigt: die High Watermark</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>LEO − committed: records not yet committed as consumed</source>
        <translation>LEO − committet: Records, die noch nicht als konsumiert committet sind</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>Lag (s)</source>
        <translation>Rückstand (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>Alter des ältesten noch nicht konsumierten Records</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="193"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="118"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="118"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="119"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="119"/>
        <source>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</source>
        <translation>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Grows with every rebalance; commits from an older one are refused</source>
        <translation>Wächst mit jedem Rebalance; Commits aus einer älteren werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>The broker leading the group&apos;s __consumer_offsets partition</source>
        <translation>Der Broker, der die __consumer_offsets-Partition der Gruppe führt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>The partition assignor the group uses</source>
        <translation>Der Partition-Assignor, den die Gruppe verwendet</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)</source>
        <translation>Rebalance-Protokoll: eager (alles entziehen) oder cooperative (KIP-429)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Consumers in the group</source>
        <translation>Consumer in der Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Records between the committed offsets and the log ends, summed</source>
        <translation>Records zwischen den committeten Offsets und den Log-Enden, summiert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Lag (s)</source>
        <translation>Rückstand (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>Alter des ältesten noch nicht konsumierten Records</translation>
    </message>
</context>
<context>
    <name>ks::ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ks::ui::KeyedTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="15"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="21"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonDock</name>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="34"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="91"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>Antwort %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="110"/>
        <source>No lesson running</source>
        <translation>Keine Lektion aktiv</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="112"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine im Menü „Lektionen“ (Ctrl+L). Jede Lektion baut ihren eigenen Cluster auf, erklärt, lässt Sie vorhersagen, was passiert, führt es aus und zeigt auf die Antwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="117"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="119"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>Der Cluster der Lektion wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="124"/>
        <source>The lesson cannot start: %1</source>
        <translation>Die Lektion kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Your turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="150"/>
        <source>✓ Right.</source>
        <translation>✓ Richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="152"/>
        <source>✗ Not quite.</source>
        <translation>✗ Nicht ganz.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="153"/>
        <source>The answer is %1) %2.</source>
        <translation>Die Antwort ist %1) %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="165"/>
        <source>found %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="171"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>Wartet auf Sie: Tun Sie es in der Ansicht oder über die Menüs; die Lektion geht von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>Was meinen Sie? Wählen Sie eine Antwort (Ctrl+Alt+1…).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="175"/>
        <source>✓ Done.</source>
        <translation>✓ Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="176"/>
        <source>The end of the lesson.</source>
        <translation>Das Ende der Lektion.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="180"/>
        <source>A command was refused: %1</source>
        <translation>Ein Befehl wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonLibrary</name>
    <message>
        <location filename="../ui/lessons/lesson_library.cpp" line="24"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ks::ui::LinkDialog</name>
    <message>
        <source>Cut or heal a link</source>
        <translation type="vanished">Verbindung trennen oder heilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="19"/>
        <source>Cut, slow or heal a link</source>
        <translation>Verbindung trennen, verlangsamen oder heilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="34"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation>In beide Richtungen &amp;trennen (keiner erreicht den anderen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="35"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation>In &amp;eine Richtung trennen (Von erreicht Nach nicht)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="36"/>
        <source>&amp;Slow it both ways (its own latency, jitter and loss)</source>
        <translation>In beide Richtungen &amp;verlangsamen (eigene Latenz, Jitter und Verlust)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="37"/>
        <source>Slo&amp;w it one way (From → To)</source>
        <translation>In eine Richtung ver&amp;langsamen (Von → Nach)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="38"/>
        <source>&amp;Heal the link (no cut, the network&apos;s conditions)</source>
        <translation>Verbindung &amp;heilen (nicht getrennt, Bedingungen des Netzwerks)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="47"/>
        <source>&amp;Latency (one way)</source>
        <translation>&amp;Latenz (eine Richtung)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="48"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>&amp;Jitter (zusätzlich, zufällig)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="49"/>
        <source>Message l&amp;oss</source>
        <translation>Nachrichten&amp;verlust</translation>
    </message>
    <message>
        <source>&amp;Heal the link</source>
        <translation type="vanished">Verbindung &amp;heilen</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainActions</name>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>&amp;New cluster…</source>
        <translation>&amp;Neuer Cluster…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>Start over with a new cluster</source>
        <translation>Mit einem neuen Cluster neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Save session as scenario…</source>
        <translation type="vanished">Sitzung als &amp;Szenario speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="30"/>
        <source>Save session as sc&amp;enario…</source>
        <translation>Sitzung als Sz&amp;enario speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="31"/>
        <source>Write everything done so far as a scenario file that kafkascope-cli replays exactly</source>
        <translation>Alles bisher Getane als Szenariodatei schreiben, die kafkascope-cli exakt wiedergibt</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="32"/>
        <source>Save &amp;picture of the window…</source>
        <translation>Bild des &amp;Fensters speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>Run or stop the simulated clock</source>
        <translation>Die simulierte Uhr laufen lassen oder anhalten</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Step one &amp;event</source>
        <translation>Ein &amp;Ereignis weiter</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Process exactly one engine event, then pause</source>
        <translation>Genau ein Engine-Ereignis verarbeiten, dann pausieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="37"/>
        <source>Step one &amp;millisecond</source>
        <translation>Eine &amp;Millisekunde weiter</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="38"/>
        <source>Run to the next whole simulated millisecond, then pause</source>
        <translation>Bis zur nächsten vollen simulierten Millisekunde laufen, dann pausieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="39"/>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="40"/>
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="41"/>
        <source>&amp;Real time (1×)</source>
        <translation>Echt&amp;zeit (1×)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="42"/>
        <source>As fast as &amp;possible</source>
        <translation>So schnell wie mö&amp;glich</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="43"/>
        <source>Fast-forward &amp;10 s</source>
        <translation>&amp;10 s vorspulen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="44"/>
        <source>Run 10 simulated seconds as fast as possible, then carry on as before</source>
        <translation>10 simulierte Sekunden so schnell wie möglich laufen, dann wie zuvor weiter</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="45"/>
        <source>&amp;Background producer running</source>
        <translation>&amp;Hintergrund-Producer läuft</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="46"/>
        <source>A steady stream of keyed records to the topic &apos;orders&apos;</source>
        <translation>Ein stetiger Strom von Records mit Schlüssel in das Topic &apos;orders&apos;</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="48"/>
        <source>Background producer f&amp;aster</source>
        <translation>Hintergrund-Producer s&amp;chneller</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="49"/>
        <source>Background producer s&amp;lower</source>
        <translation>Hintergrund-Producer la&amp;ngsamer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>&amp;Kill</source>
        <translation>&amp;Abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>Crash the selected node; its disk survives</source>
        <translation>Den ausgewählten Knoten abstürzen lassen; seine Platte bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>Start the selected (killed) node again</source>
        <translation>Den ausgewählten (abgeschossenen) Knoten wieder starten</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="53"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausieren (Einfrieren wie GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="54"/>
        <source>Freeze the selected node like a long garbage-collection pause</source>
        <translation>Den ausgewählten Knoten einfrieren wie bei einer langen Garbage-Collection-Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Let the paused node run again</source>
        <translation>Den pausierten Knoten weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="56"/>
        <source>&amp;Isolate from everyone</source>
        <translation>Von allen &amp;isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="57"/>
        <source>Cut every link of the selected node (a network partition)</source>
        <translation>Alle Verbindungen des ausgewählten Knotens trennen (eine Netzwerkpartition)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="58"/>
        <source>&amp;Cut or heal a link…</source>
        <translation>Verbindung &amp;trennen oder heilen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="59"/>
        <source>Cut the link between two nodes (or drag from one node to another)</source>
        <translation>Die Verbindung zwischen zwei Knoten trennen (oder von einem Knoten zu einem anderen ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>&amp;Heal all links</source>
        <translation>Alle Verbindungen &amp;heilen</translation>
    </message>
    <message>
        <source>Repair every cut link and isolation</source>
        <translation type="vanished">Jede getrennte Verbindung und Isolation reparieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut or slow link and every isolation</source>
        <translation>Jede getrennte oder langsame Verbindung und jede Isolation reparieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>&amp;Network conditions…</source>
        <translation>Netz&amp;werkbedingungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>Latency, jitter and loss of every link</source>
        <translation>Latenz, Jitter und Verlust jeder Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="62"/>
        <source>Slo&amp;w follower</source>
        <translation>Lang&amp;samer Follower</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>The selected broker&apos;s replica fetchers wait 40 s between fetches: its follower replicas fall behind and leave the ISR after replica.lag.time.max.ms; uncheck to heal</source>
        <translation>Die Replika-Fetcher des ausgewählten Brokers warten 40 s zwischen Fetches: seine Follower-Replikate fallen zurück und verlassen den ISR nach replica.lag.time.max.ms; Haken entfernen zum Heilen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>Fill the &amp;disk</source>
        <translation>&amp;Platte füllen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>The selected broker&apos;s disk is full: its next write fails, its log dir goes offline and leadership moves away; a restart heals it</source>
        <translation>Die Platte des ausgewählten Brokers ist voll: sein nächster Schreibvorgang schlägt fehl, sein Log-Verzeichnis geht offline und die Leadership wandert ab; ein Neustart heilt es</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>&amp;Add broker</source>
        <translation>Broker &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation>Einen weiteren Broker starten; er tritt ohne Partitionen bei</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>&amp;Decommission broker</source>
        <translation>Broker &amp;stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation>Alle Replikate vom ausgewählten Broker wegverschieben, damit er ohne Verlust gestoppt werden kann</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>&amp;Create topic…</source>
        <translation>Topic &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>&amp;Delete topic…</source>
        <translation>Topic &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="75"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Bevorzugten Leader &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>Die Leadership der ausgewählten Partition an ihr erstes Replikat zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>Add &amp;consumer…</source>
        <translation>&amp;Consumer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>Einen Consumer starten, in einer Consumer-Gruppe oder eigenständig</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Re&amp;move consumer</source>
        <translation>Consumer &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="80"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>Der ausgewählte Consumer verlässt seine Gruppe (sauberes Herunterfahren) und verschwindet</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>Add p&amp;roducer…</source>
        <translation>P&amp;roducer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="82"/>
        <source>Start one more producer client, with its own acks, linger.ms and partitioner</source>
        <translation>Einen weiteren Producer-Client starten, mit eigenem acks, linger.ms und Partitionierer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Pro&amp;ducer entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Close the selected producer: it sends what it holds, waits for the answers and goes away</source>
        <translation>Den gewählten Producer schließen: er sendet, was er hält, wartet auf die Antworten und verschwindet</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>&amp;Type a command</source>
        <translation>&amp;Befehl eingeben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>Beliebiger Szenario-Befehl, z. B. broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>Ver&amp;größern (größere Schrift)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>Ver&amp;kleinern (kleinere Schrift)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektormodus</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Large text for a projector</source>
        <translation>Große Schrift für einen Projektor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="94"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>Cluster ans Fenster &amp;anpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="95"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>Auswahl und &amp;Hervorhebung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>+1 ms</source>
        <translation>+1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>Kill</source>
        <translation>Abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="101"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="101"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="102"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="102"/>
        <source>Isolate</source>
        <translation>Isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="103"/>
        <source>Cut link</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="103"/>
        <source>Heal all</source>
        <translation>Alle heilen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="104"/>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="104"/>
        <source>Consumer…</source>
        <translation>Consumer…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Producer…</source>
        <translation>Producer…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Choose the language of the window</source>
        <translation>Sprache des Fensters wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="112"/>
        <source>&amp;About Kafkascope</source>
        <translation>&amp;Über Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — ein Kafka-Cluster zum Zuschauen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>Simulierte Sekunden pro echter Sekunde ([ langsamer, ] schneller)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="117"/>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Export &amp;table as CSV</source>
        <translation>&amp;Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>File → Export table as CSV</source>
        <translation>Datei → Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>F&amp;aults</source>
        <translation>Stö&amp;rungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>Event log &amp;filters</source>
        <translation>Ereignisprotokoll-&amp;Filter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>View → Event log filters</source>
        <translation>Ansicht → Ereignisprotokoll-Filter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>Pa&amp;nels</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>The cluster could not start: %1</source>
        <translation>Der Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Pause the clock</source>
        <translation>Uhr &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="302"/>
        <source>The cluster is being built.</source>
        <translation>Der Cluster wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Kill</source>
        <translation>&amp;Abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Kill %1</source>
        <translation>%1 &amp;abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Restart %1</source>
        <translation>%1 &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausieren (Einfrieren wie GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>%1 &amp;pausieren (Einfrieren wie GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="44"/>
        <source>Res&amp;ume %1</source>
        <translation>%1 &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="52"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="79"/>
        <location filename="../ui/main_window_commands.cpp" line="146"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="81"/>
        <location filename="../ui/main_window_commands.cpp" line="148"/>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="81"/>
        <location filename="../ui/main_window_commands.cpp" line="148"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="85"/>
        <location filename="../ui/main_window_commands.cpp" line="151"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="87"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone</source>
        <translation>Von allen &amp;isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>%1 von allen &amp;isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="110"/>
        <source>Slo&amp;w follower %1</source>
        <translation>Lang&amp;samer Follower %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="110"/>
        <source>Slo&amp;w follower</source>
        <translation>Lang&amp;samer Follower</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="112"/>
        <source>Fill the &amp;disk of %1</source>
        <translation>&amp;Platte von %1 füllen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="112"/>
        <source>Fill the &amp;disk</source>
        <translation>&amp;Platte füllen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="119"/>
        <source>&amp;Decommission %1</source>
        <translation>%1 &amp;stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="119"/>
        <source>&amp;Decommission broker</source>
        <translation>Broker &amp;stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="123"/>
        <source>Re&amp;move consumer %1</source>
        <translation>Consumer %1 &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="123"/>
        <source>Re&amp;move consumer</source>
        <translation>Consumer &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="129"/>
        <source>Remove pro&amp;ducer %1</source>
        <translation>Pro&amp;ducer %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="129"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Pro&amp;ducer entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="131"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>Bevorzugten Leader von %1 &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Bevorzugten Leader &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="191"/>
        <source>Delete topic</source>
        <translation>Topic löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="191"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>Welches Topic löschen? Seine Records sind endgültig weg.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="236"/>
        <source>Save session as scenario</source>
        <translation>Sitzung als Szenario speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="237"/>
        <source>Scenarios (*.scenario)</source>
        <translation>Szenarien (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="244"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>%1 gespeichert — wiedergeben mit: kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="248"/>
        <location filename="../ui/main_window_commands.cpp" line="250"/>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="248"/>
        <source>Pictures (*.png)</source>
        <translation>Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="250"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="265"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>Hintergrund-Producer: %1 Record(s) alle 100 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="281"/>
        <source>About Kafkascope</source>
        <translation>Über Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="282"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Ein kleiner Kafka-Cluster, simuliert in diesem Fenster: Broker mit replizierten Partitionen, ein KRaft-Controller-Quorum und ein Producer, auf einer simulierten Uhr und einem simulierten Netzwerk. Derselbe Seed und dieselben Befehle ergeben immer denselben Lauf (Seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noch nicht simuliert:&lt;/b&gt; einen Broker endgültig entfernen (Stilllegen verschiebt seine Replikate weg; er bleibt aufgeführt).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Ein kleiner Kafka-Cluster, simuliert in diesem Fenster: Broker mit replizierten Partitionen, ein KRaft-Controller-Quorum und ein Producer, auf einer simulierten Uhr und einem simulierten Netzwerk. Derselbe Seed und dieselben Befehle ergeben immer denselben Ablauf (Seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noch nicht simuliert:&lt;/b&gt; mehr als ein Producer, das endgültige Entfernen eines Brokers (Stilllegen verschiebt seine Replikate weg; er bleibt aufgeführt).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Ein kleiner Kafka-Cluster, simuliert in diesem Fenster: Broker mit replizierten Partitionen, ein KRaft-Controller-Quorum und ein Producer, auf einer simulierten Uhr und einem simulierten Netzwerk. Derselbe Seed und dieselben Befehle ergeben immer denselben Ablauf (Seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noch nicht simuliert:&lt;/b&gt; mehr als ein Producer, das endgültige Entfernen eines Brokers (Stilllegen verschiebt seine Replikate weg; er bleibt aufgelistet), das Verlangsamen einer einzelnen Verbindung oder eines einzelnen Followers, das Volllaufen einer Platte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="295"/>
        <source>Consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="308"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="319"/>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="334"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>Verbindung %1 ⇹ %2 trennen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="335"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>In eine Richtung trennen: %1 erreicht %2 nicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="337"/>
        <source>Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)</source>
        <translation>Verbindung %1 ⇹ %2 verlangsamen (Latenz 200 ms, Jitter 50 ms)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="338"/>
        <source>Slow the link… (choose latency, jitter, loss)</source>
        <translation>Verbindung verlangsamen… (Latenz, Jitter, Verlust wählen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="340"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation>Verbindung %1 ⇹ %2 heilen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="37"/>
        <source>Kafkascope workspaces (*.kscope)</source>
        <translation>Kafkascope-Arbeitsbereiche (*.kscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="86"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="88"/>
        <source>Cannot open %1: its setup commands failed: %2</source>
        <translation>%1 kann nicht geöffnet werden: seine Einrichtungsbefehle schlugen fehl: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="111"/>
        <location filename="../ui/main_window_workspace.cpp" line="118"/>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="121"/>
        <source>Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1</source>
        <translation>%1 gespeichert — wieder öffnen oder abspielen mit: kafkascope-cli workspace replay %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="125"/>
        <location filename="../ui/main_window_workspace.cpp" line="135"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="126"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="133"/>
        <source>Opened %1 at %2 simulated; press Space to play on.</source>
        <translation>%1 bei %2 simuliert geöffnet; Leertaste spielt weiter.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Opening %1 was cancelled; the session is as it was.</source>
        <translation>Öffnen von %1 abgebrochen; die Sitzung ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as SVG</source>
        <translation>Ansicht als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as PNG</source>
        <translation>Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="147"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="148"/>
        <source>Exported the view to %1</source>
        <translation>Ansicht nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="154"/>
        <source>Topics and partitions</source>
        <translation>Topics und Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="155"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="156"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="157"/>
        <source>Group members and their partitions</source>
        <translation>Gruppenmitglieder und ihre Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="158"/>
        <source>Group partitions: position, committed, lag</source>
        <translation>Gruppenpartitionen: Position, committed, Lag</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="159"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="160"/>
        <source>Records in the message browser</source>
        <translation>Records im Nachrichten-Browser</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="169"/>
        <source>%1 — Kafkascope</source>
        <translation>%1 — Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MessageBrowser</name>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="38"/>
        <source>partition </source>
        <translation>Partition </translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="41"/>
        <source>Beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="42"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="43"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="44"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="47"/>
        <source>offset, or time (12.5 or 1500ms)</source>
        <translation>Offset oder Zeit (12.5 oder 1500ms)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="51"/>
        <source>search key or value</source>
        <translation>Schlüssel oder Wert suchen</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="53"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="54"/>
        <source>Read the partition from the chosen position (Ctrl+Alt+G)</source>
        <translation>Die Partition ab der gewählten Position lesen (Ctrl+Alt+G)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="72"/>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="73"/>
        <source>Produce the selected records again (Ctrl+Alt+R)</source>
        <translation>Die ausgewählten Records erneut produzieren (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="75"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="76"/>
        <source>Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)</source>
        <translation>Die ausgewählten Records (oder alle angezeigten) als CSV oder JSON Lines speichern (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="78"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="79"/>
        <source>Produce the records of a JSON-lines file (Ctrl+Alt+I)</source>
        <translation>Die Records einer JSON-Lines-Datei produzieren (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="107"/>
        <source>Select a record to see it whole; a JSON value is pretty-printed.</source>
        <translation>Einen Record auswählen, um ihn vollständig zu sehen; ein JSON-Wert wird formatiert angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="166"/>
        <source>Topic: the cluster has no topics to browse.</source>
        <translation>Topic: der Cluster hat keine Topics zum Durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="172"/>
        <source>Partition: %1 has partitions 0 to %2.</source>
        <translation>Partition: %1 hat die Partitionen 0 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="181"/>
        <source>Offset: &apos;%1&apos; is not an offset (a whole number, 0 or more).</source>
        <translation>Offset: &apos;%1&apos; ist kein Offset (eine ganze Zahl ab 0).</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="187"/>
        <source>Time: &apos;%1&apos; is not a simulated time; write seconds (12.5) or a duration (1500ms).</source>
        <translation>Zeit: &apos;%1&apos; ist keine simulierte Zeit; Sekunden (12.5) oder eine Dauer (1500ms) angeben.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="200"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="215"/>
        <source>no replica</source>
        <translation>kein Replikat</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="215"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7</source>
        <translation>%1 · Log-Start %2 · HW %3 · LEO %4 · %5 angezeigt · gelesen von %6 um %7</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="230"/>
        <source>Producing again failed: %1</source>
        <translation>Erneutes Produzieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="233"/>
        <source>Produced again to %1 at offset %2</source>
        <translation>Erneut nach %1 produziert bei Offset %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="257"/>
        <source>Offset %1 at %2, %3 bytes
</source>
        <translation>Offset %1 um %2, %3 Bytes
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="258"/>
        <source>Key: %1
</source>
        <translation>Schlüssel: %1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="260"/>
        <source>Header %1: %2
</source>
        <translation>Header %1: %2
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="262"/>
        <source>Value:
%1
</source>
        <translation>Wert:
%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="290"/>
        <source>Replay: select the records to produce again.</source>
        <translation>Erneut senden: die erneut zu produzierenden Records auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="307"/>
        <source>Export records</source>
        <translation>Records exportieren</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="308"/>
        <source>JSON lines (*.jsonl *.json);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl *.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="316"/>
        <source>Export: cannot write %1 (%2)</source>
        <translation>Export: %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="319"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="324"/>
        <source>Import records</source>
        <translation>Records importieren</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="324"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="328"/>
        <source>Import: cannot read %1 (%2)</source>
        <translation>Import: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="332"/>
        <source>Import of %1 stopped, nothing was sent: %2</source>
        <translation>Import von %1 abgebrochen, nichts wurde gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="347"/>
        <source>line %1: the cluster has no topic &apos;%2&apos;; nothing was sent</source>
        <translation>Zeile %1: der Cluster hat kein Topic &apos;%2&apos;; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="351"/>
        <source>line %1: %2 has no partition %3; nothing was sent</source>
        <translation>Zeile %1: %2 hat keine Partition %3; nichts wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/message_browser.cpp" line="359"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>%n Record wird importiert…</numerusform>
            <numerusform>%n Records werden importiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsPanel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="65"/>
        <source>Compare with the moment before:</source>
        <translation>Mit dem Moment davor vergleichen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="67"/>
        <source>A notable event (a fault, leaders elected); the table shows what each metric was just before it</source>
        <translation>Ein bemerkenswertes Ereignis (ein Fehler, gewählte Leader); die Tabelle zeigt, was jede Metrik kurz davor war</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="80"/>
        <source>Select a metric to read what it means.</source>
        <translation>Eine Metrik auswählen, um zu lesen, was sie bedeutet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="130"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="139"/>
        <source>No event yet: kill a broker (K) and watch what moves.</source>
        <translation>Noch kein Ereignis: einen Broker abschießen (K) und beobachten, was sich bewegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_panel.cpp" line="146"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="148"/>
        <source>Since “%1”: nothing moved yet.</source>
        <translation>Seit „%1“: noch nichts bewegt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="149"/>
        <source>Since “%1”:</source>
        <translation>Seit „%1“:</translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>The metric&apos;s name as Kafka exports it over JMX</source>
        <translation>Der Name der Metrik, wie Kafka sie über JMX exportiert</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Whose metric it is: a broker, the cluster&apos;s controller, a consumer</source>
        <translation>Wessen Metrik es ist: ein Broker, der Controller des Clusters, ein Consumer</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Gauges now; rates and mean times over the last 10 s of simulated time</source>
        <translation>Gauges jetzt; Raten und mittlere Zeiten über die letzten 10 s simulierter Zeit</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>Before event</source>
        <translation>Vor Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>The value just before the event chosen above</source>
        <translation>Der Wert kurz vor dem oben gewählten Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Whether it changed since that event</source>
        <translation>Ob sie sich seit diesem Ereignis geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="45"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="46"/>
        <source>moved</source>
        <translation>bewegt</translation>
    </message>
</context>
<context>
    <name>ks::ui::NetworkDialog</name>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="27"/>
        <source>Network conditions</source>
        <translation>Netzwerkbedingungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="29"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation>Diese gelten für jede Verbindung zwischen Knoten. Kafkascope startet mit 1 ms Latenz, 0,2 ms Jitter und ohne Verlust.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="40"/>
        <source>&amp;Latency (one way)</source>
        <translation>&amp;Latenz (eine Richtung)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="41"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>&amp;Jitter (zusätzlich, zufällig)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="42"/>
        <source>Message &amp;loss</source>
        <translation>Nachrichten&amp;verlust</translation>
    </message>
</context>
<context>
    <name>ks::ui::NewClusterDialog</name>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="15"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="19"/>
        <source>KRaft (Kafka 3.3 and later)</source>
        <translation>KRaft (Kafka 3.3 und neuer)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="20"/>
        <source>ZooKeeper (before Kafka 4.0)</source>
        <translation>ZooKeeper (vor Kafka 4.0)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="30"/>
        <source>create the topic &apos;orders&apos; for the background producer</source>
        <translation>das Topic &apos;orders&apos; für den Hintergrund-Producer anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="32"/>
        <source>start the consumer group &apos;analytics&apos; with two consumers reading &apos;orders&apos;</source>
        <translation>die Consumer-Gruppe &apos;analytics&apos; mit zwei Consumern starten, die &apos;orders&apos; lesen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="37"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="38"/>
        <source>&amp;Brokers</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="39"/>
        <source>&amp;Quorum nodes (controllers or ZooKeeper)</source>
        <translation>&amp;Quorum-Knoten (Controller oder ZooKeeper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="40"/>
        <source>&amp;Seed</source>
        <translation>&amp;Seed</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="42"/>
        <source>&amp;Partitions of &apos;orders&apos;</source>
        <translation>&amp;Partitionen von &apos;orders&apos;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="47"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerDialog</name>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="19"/>
        <source>Give the producer a name (its client.id).</source>
        <translation>Geben Sie dem Producer einen Namen (seine client.id).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="20"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a producer&apos;s name.</source>
        <translation>Verwenden Sie im Namen eines Producers nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="21"/>
        <source>There is a client %1 already.</source>
        <translation>Es gibt bereits einen Client %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="26"/>
        <source>Add producer</source>
        <translation>Producer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="34"/>
        <source>all: every in-sync replica has it (Kafka&apos;s default)</source>
        <translation>all: jedes In-Sync-Replikat hat ihn (Kafkas Standard)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="35"/>
        <source>1: the leader has it</source>
        <translation>1: der Leader hat ihn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="36"/>
        <source>0: do not wait for an answer</source>
        <translation>0: nicht auf eine Antwort warten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="41"/>
        <source>How long the producer waits for more records before it sends a batch that is not full</source>
        <translation>Wie lange der Producer auf weitere Records wartet, bevor er einen nicht vollen Batch sendet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="43"/>
        <source>sticky: fill a batch for one partition, then another (Kafka&apos;s default)</source>
        <translation>sticky: einen Batch für eine Partition füllen, dann die nächste (Kafkas Standard)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="44"/>
        <source>round-robin: each record to the next partition</source>
        <translation>round-robin: jeder Record in die nächste Partition</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="45"/>
        <source>For records without a key; a key always picks its partition by hash</source>
        <translation>Für Records ohne Schlüssel; ein Schlüssel wählt seine Partition immer per Hash</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="46"/>
        <source>&amp;Name (client.id)</source>
        <translation>&amp;Name (client.id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="47"/>
        <source>&amp;acks</source>
        <translation>&amp;acks</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="48"/>
        <source>&amp;linger.ms</source>
        <translation>&amp;linger.ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="49"/>
        <source>&amp;Partitioner</source>
        <translation>&amp;Partitionierer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerPanel</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="67"/>
        <source>The producer that sends the record: each has its own batches, partitioner and counts</source>
        <translation>Der Producer, der den Record sendet: jeder hat eigene Batches, Partitionierer und Zähler</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="73"/>
        <source>chosen by the partitioner</source>
        <translation>vom Partitioner gewählt</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="77"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="78"/>
        <source>Send the record without a key: the sticky (or round-robin) partitioner picks its partition</source>
        <translation>Den Record ohne Schlüssel senden: der Sticky- (oder Round-Robin-)Partitioner wählt seine Partition</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="85"/>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="86"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="87"/>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="88"/>
        <source>Check the JSON value and indent it (Ctrl+Alt+J)</source>
        <translation>Den JSON-Wert prüfen und einrücken (Ctrl+Alt+J)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="94"/>
        <source>the record&apos;s value; JSON is sent compact, on one line</source>
        <translation>der Wert des Records; JSON wird kompakt in einer Zeile gesendet</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="99"/>
        <source>Header key</source>
        <translation>Header-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="99"/>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="104"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="105"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="119"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="121"/>
        <source>Produce the record (Ctrl+Alt+Return)</source>
        <translation>Den Record produzieren (Ctrl+Alt+Return)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="127"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="131"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="132"/>
        <location filename="../ui/records/producer_panel.cpp" line="176"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="133"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="134"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="135"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="139"/>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="145"/>
        <source>The background producer: records at a steady rate, keyed by a pattern</source>
        <translation>Der Hintergrund-Producer: Records mit gleichmäßiger Rate, mit Schlüsseln nach einem Muster</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="147"/>
        <source>Produce continuously</source>
        <translation>Kontinuierlich produzieren</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="154"/>
        <source> records/s</source>
        <translation> Records/s</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="157"/>
        <source>No key: partitions in turn</source>
        <translation>Kein Schlüssel: Partitionen reihum</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="158"/>
        <source>Fixed key</source>
        <translation>Fester Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="159"/>
        <source>Sequential keys</source>
        <translation>Fortlaufende Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="160"/>
        <source>Random from k keys</source>
        <translation>Zufällig aus k Schlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="161"/>
        <source>Skewed: one hot key</source>
        <translation>Schief: ein heißer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="164"/>
        <source>Fixed: the key itself. Otherwise keys are this prefix and a number</source>
        <translation>Fest: der Schlüssel selbst. Sonst sind Schlüssel dieses Präfix plus eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="177"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="178"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="179"/>
        <source>Key (prefix)</source>
        <translation>Schlüssel (Präfix)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="180"/>
        <source>k keys</source>
        <translation>k Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="181"/>
        <source>Hot key share</source>
        <translation>Anteil heißer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="191"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="192"/>
        <source>Rate generator</source>
        <translation>Ratengenerator</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="241"/>
        <source>Topic: choose a topic.</source>
        <translation>Topic: ein Topic wählen.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="247"/>
        <source>Topic: the cluster has no topic &apos;%1&apos; (it has: %2).</source>
        <translation>Topic: der Cluster hat kein Topic &apos;%1&apos; (vorhanden: %2).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="256"/>
        <source>Partition: &apos;%1&apos; is not a partition number (leave it empty to let the partitioner choose).</source>
        <translation>Partition: &apos;%1&apos; ist keine Partitionsnummer (leer lassen, damit der Partitioner wählt).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="260"/>
        <source>Partition: %1 has partitions 0 to %2; there is no partition %3.</source>
        <translation>Partition: %1 hat die Partitionen 0 bis %2; es gibt keine Partition %3.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="271"/>
        <location filename="../ui/records/producer_panel.cpp" line="319"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="285"/>
        <source>Header %1: a header needs a key (its value is &apos;%2&apos;).</source>
        <translation>Header %1: ein Header braucht einen Schlüssel (sein Wert ist &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="311"/>
        <source>Sent; waiting for the answer…</source>
        <translation>Gesendet; warte auf die Antwort…</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="312"/>
        <source>Sent; the answer comes once simulated time runs (the clock is paused).</source>
        <translation>Gesendet; die Antwort kommt, sobald die simulierte Zeit läuft (die Uhr ist pausiert).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="363"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="365"/>
        <source>Failed with %1 (partition %2, chosen by the %3)</source>
        <translation>Fehlgeschlagen mit %1 (Partition %2, gewählt vom %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="370"/>
        <source>Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)</source>
        <translation>An %1 gesendet mit acks=0: der Producer erfährt den Offset nie (Partition gewählt vom %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="373"/>
        <source>Written to %1 at offset %2 (partition chosen by the %3)</source>
        <translation>In %1 bei Offset %2 geschrieben (Partition gewählt vom %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="451"/>
        <source>Key (prefix): %1</source>
        <translation>Schlüssel (Präfix): %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordDocks</name>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="17"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="27"/>
        <source>Message browser</source>
        <translation>Nachrichten-Browser</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="49"/>
        <source>&amp;Producer panel</source>
        <translation>&amp;Producer-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="53"/>
        <source>&amp;Message browser</source>
        <translation>&amp;Nachrichten-Browser</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="62"/>
        <source>&amp;Send record</source>
        <translation>Record &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="66"/>
        <source>Pretty-print &amp;JSON value</source>
        <translation>&amp;JSON-Wert formatieren</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="70"/>
        <source>Show the &amp;last produced record</source>
        <translation>&amp;Zuletzt produzierten Record zeigen</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="72"/>
        <source>&amp;Read partition</source>
        <translation>Partition &amp;lesen</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="76"/>
        <source>&amp;Replay selected records</source>
        <translation>Ausgewählte Records &amp;erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="78"/>
        <source>&amp;Export records…</source>
        <translation>Records e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="80"/>
        <source>&amp;Import JSON lines…</source>
        <translation>JSON Lines &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="83"/>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="90"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordTableModel</name>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="72"/>
        <source>Below the high watermark: every in-sync replica has it; consumers can read it</source>
        <translation>Unter der High Watermark: jedes synchrone Replikat hat ihn; Consumer können ihn lesen</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="73"/>
        <source>At or above the high watermark: not yet on every in-sync replica; consumers cannot read it yet</source>
        <translation>Auf oder über der High Watermark: noch nicht auf jedem synchronen Replikat; Consumer können ihn noch nicht lesen</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="96"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="97"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="98"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="99"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="100"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="101"/>
        <source>Size (B)</source>
        <translation>Größe (B)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="102"/>
        <source>On replicas</source>
        <translation>Auf Replikaten</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="103"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="104"/>
        <source>Groups past it</source>
        <translation>Gruppen darüber hinaus</translation>
    </message>
</context>
<context>
    <name>ks::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="36"/>
        <source>  or  </source>
        <translation>  oder  </translation>
    </message>
</context>
<context>
    <name>ks::ui::StatusPanel</name>
    <message>
        <location filename="../ui/status_panel.cpp" line="32"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="33"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="36"/>
        <source>under-replicated: %1</source>
        <translation>unterrepliziert: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="38"/>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="40"/>
        <source>no active controller</source>
        <translation>kein aktiver Controller</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="41"/>
        <source>controller: broker %1</source>
        <translation>Controller: Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="42"/>
        <source>active controller: %1</source>
        <translation>aktiver Controller: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>fast-forward</source>
        <translation>Vorspulen</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>playing %1</source>
        <translation>läuft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="45"/>
        <source> (cannot keep up)</source>
        <translation> (kommt nicht hinterher)</translation>
    </message>
</context>
<context>
    <name>ks::ui::TableExport</name>
    <message>
        <location filename="../ui/session/table_export.cpp" line="17"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="20"/>
        <source>Save the rows the table %1 shows, as filtered and sorted, as a CSV file</source>
        <translation>Die Zeilen, die die Tabelle %1 zeigt, gefiltert und sortiert als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="24"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="34"/>
        <location filename="../ui/session/table_export.cpp" line="38"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="34"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/table_export.cpp" line="41"/>
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Zeile von %1 in %2 gespeichert</numerusform>
            <numerusform>%n Zeilen von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::TablePanel</name>
    <message>
        <location filename="../ui/panels/table_panel.cpp" line="19"/>
        <source>Filter rows (any column)…</source>
        <translation>Zeilen filtern (beliebige Spalte)…</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineBar</name>
    <message>
        <location filename="../ui/timeline/timeline_bar.cpp" line="29"/>
        <source>Simulated time: drag or click to go back; the coloured ticks are bookmarks</source>
        <translation>Simulierte Zeit: ziehen oder klicken, um zurückzugehen; die farbigen Striche sind Lesezeichen</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineDock</name>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="22"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="31"/>
        <source>Continue from here</source>
        <translation>Von hier weiter</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="33"/>
        <source>Fork: drop the commands after this moment and play on from here</source>
        <translation>Abzweigen: die Befehle nach diesem Moment verwerfen und von hier weiterspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="34"/>
        <source>Back to present</source>
        <translation>Zurück zur Gegenwart</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Go &amp;back 10 s</source>
        <translation>10 s &amp;zurück</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Replay the run up to 10 simulated seconds earlier</source>
        <translation>Den Lauf bis 10 simulierte Sekunden früher erneut abspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="42"/>
        <source>Back to the &amp;present</source>
        <translation>Zurück zur &amp;Gegenwart</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="43"/>
        <source>Leave the past and show the run where it was, with all its commands</source>
        <translation>Die Vergangenheit verlassen und den Lauf zeigen, wo er war, mit all seinen Befehlen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="44"/>
        <source>&amp;Continue from here (fork)</source>
        <translation>Von hier &amp;weiter (abzweigen)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="45"/>
        <source>Drop the commands after the moment shown and play on from it</source>
        <translation>Die Befehle nach dem gezeigten Moment verwerfen und von dort weiterspielen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="46"/>
        <source>P&amp;revious bookmark</source>
        <translation>&amp;Vorheriges Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="47"/>
        <source>Go back to the notable event before the moment shown</source>
        <translation>Zum bemerkenswerten Ereignis vor dem gezeigten Moment zurückgehen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="48"/>
        <source>&amp;Next bookmark</source>
        <translation>&amp;Nächstes Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="49"/>
        <source>Go to the notable event after the moment shown</source>
        <translation>Zum bemerkenswerten Ereignis nach dem gezeigten Moment gehen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="119"/>
        <source>Going back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="122"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>Zurückgehen abgebrochen; nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Cannot go back: %1</source>
        <translation>Zurückgehen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="134"/>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation>Der Lauf bei %1 (vom Anfang neu abgespielt). „Von hier weiter“ zweigt ab, oder zurück zur Gegenwart.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="147"/>
        <source>Back at the present: %1.</source>
        <translation>Zurück in der Gegenwart: %1.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="162"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>Verlauf bei %1 abgezweigt: die %2 späteren Befehle wurden verworfen; was Sie jetzt tun, ist der neue Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;In der Vergangenheit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>Live · %1 Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="189"/>
        <source>Showing %1 of %2. Playing, stepping or any command forks the history here; Back to present keeps everything.</source>
        <translation>Zeigt %1 von %2. Abspielen, Schritte oder jeder Befehl zweigen den Verlauf hier ab; „Zurück zur Gegenwart“ behält alles.</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="21"/>
        <source>Give the topic a name.</source>
        <translation>Geben Sie dem Topic einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="22"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Ein Topic kann nicht &quot;.&quot; oder &quot;..&quot; heißen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>A topic name has at most %1 characters.</source>
        <translation>Ein Topic-Name hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation>Verwenden Sie im Topic-Namen nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>Topic %1 already exists.</source>
        <translation>Topic %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="31"/>
        <source>Create topic</source>
        <translation>Topic anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="35"/>
        <source>e.g. payments</source>
        <translation>z. B. payments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="45"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation>einem nicht synchronen Replikat erlauben, Leader zu werden (kann Records verlieren)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="46"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>&amp;Partitions</source>
        <translation>&amp;Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Replication factor</source>
        <translation>&amp;Replikationsfaktor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;min.insync.replicas</source>
        <translation>&amp;min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Unclean leader election</source>
        <translation>&amp;Unclean Leader Election</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="66"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation>Der Replikationsfaktor kann nicht größer sein als die Anzahl der Broker (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="68"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation>min.insync.replicas kann nicht größer sein als der Replikationsfaktor.</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="40"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="40"/>
        <source>TOPIC-P, as Kafka writes it</source>
        <translation>TOPIC-P, wie Kafka es schreibt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="41"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="41"/>
        <source>The broker that takes writes and serves reads</source>
        <translation>Der Broker, der Schreibvorgänge annimmt und Lesevorgänge bedient</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>The brokers that keep a copy, the preferred leader first</source>
        <translation>Die Broker, die eine Kopie halten, der bevorzugte Leader zuerst</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>In-sync replicas: caught up within replica.lag.time.max.ms</source>
        <translation>In-Sync-Replikate: innerhalb von replica.lag.time.max.ms aufgeholt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Leader epoch</source>
        <translation>Leader-Epoche</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Grows with every new leader; fences the old one</source>
        <translation>Wächst mit jedem neuen Leader; grenzt den alten aus</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>The first offset still on disk (retention moves it)</source>
        <translation>Der erste Offset, der noch auf der Platte liegt (Retention verschiebt ihn)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Log end offset: the offset the next record gets</source>
        <translation>Log-End-Offset: der Offset, den der nächste Record bekommt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>High watermark: records below it are on every ISR member; consumers read up to it</source>
        <translation>High Watermark: Records darunter liegen auf jedem ISR-Mitglied; Consumer lesen bis dorthin</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>The leader&apos;s log on disk</source>
        <translation>Das Log des Leaders auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>Under-replicated: ISR smaller than the replicas; offline: no leader</source>
        <translation>Unterrepliziert: ISR kleiner als die Replikate; offline: kein Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="59"/>
        <source>, reassigning</source>
        <translation>, wird neu zugewiesen</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopologyScene</name>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="60"/>
        <source>latency %1, jitter %2, loss %3%</source>
        <translation>Latenz %1, Jitter %2, Verlust %3%</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="64"/>
        <source>slow %1</source>
        <translation>langsam %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="65"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 ⇹ %2: %3</source>
        <translation>&lt;b&gt;Langsame Verbindung&lt;/b&gt; %1 ⇹ %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="66"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 → %2: %3 (the other way as the network)</source>
        <translation>&lt;b&gt;Langsame Verbindung&lt;/b&gt; %1 → %2: %3 (Gegenrichtung wie das Netzwerk)</translation>
    </message>
</context>
<context>
    <name>ks::ui::WorkspaceActions</name>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="21"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="22"/>
        <source>Open a .kscope workspace: its run is replayed to exactly where it was saved</source>
        <translation>Einen .kscope-Arbeitsbereich öffnen: sein Lauf wird genau bis zum Speicherzeitpunkt neu abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="23"/>
        <source>&amp;Save workspace</source>
        <translation>Arbeitsbereich &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="24"/>
        <source>Save the seed, every command with its time, the window layout and lesson progress</source>
        <translation>Den Seed, jeden Befehl mit seiner Zeit, das Fensterlayout und den Lektionsfortschritt speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save workspace &amp;as…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save the workspace under a new name</source>
        <translation>Den Arbeitsbereich unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>Export view as P&amp;NG…</source>
        <translation>Ansicht als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>The whole topology view as a PNG picture</source>
        <translation>Die ganze Topologieansicht als PNG-Bild</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>Export view as S&amp;VG…</source>
        <translation>Ansicht als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>The whole topology view as an SVG drawing</source>
        <translation>Die ganze Topologieansicht als SVG-Zeichnung</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="28"/>
        <source>Compare &amp;KRaft and ZooKeeper…</source>
        <translation>&amp;KRaft und ZooKeeper vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="29"/>
        <source>Run this session once in each mode and compare how fast each recovered from its faults</source>
        <translation>Diese Sitzung in jedem Modus einmal ausführen und vergleichen, wie schnell sich jeder von seinen Fehlern erholte</translation>
    </message>
</context>
</TS>
