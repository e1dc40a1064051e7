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
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="27"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="35"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="156"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="204"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="209"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>OFFLINE partition</source>
        <translation>OFFLINE-Partition</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="45"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, in sync</source>
        <translation>Follower, synchron</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, OUT OF SYNC</source>
        <translation>Follower, NICHT SYNCHRON</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="181"/>
        <source>Log end offset (LEO)</source>
        <translation>Log-End-Offset (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="180"/>
        <source>High watermark (HW)</source>
        <translation>High Watermark (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Lag behind the leader</source>
        <translation>Rückstand zum Leader</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n Offset</numerusform>
            <numerusform>%n Offsets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <source>In the ISR</source>
        <translation>Im ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Broker running</source>
        <translation>Broker läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="154"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="182"/>
        <source>Log start offset</source>
        <translation>Log-Start-Offset</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 Bytes in %n Segment</numerusform>
            <numerusform>%1 Bytes in %n Segmenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="59"/>
        <source>Latest leader epoch in its log</source>
        <translation>Letzte Leader-Epoche im Log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="64"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="65"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>Klicken Sie auf einen Broker, Controller, ein Replikat, einen Producer, eine Gruppe oder einen Consumer, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>%1 internal</source>
        <translation>%1 intern</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="77"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Active controller</source>
        <translation>Aktiver Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="78"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="80"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>ZooKeeper nodes</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Controllers</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="275"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="183"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="184"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Committed metadata records</source>
        <translation>Festgeschriebene Metadaten-Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Engine events processed</source>
        <translation>Verarbeitete Engine-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="89"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="90"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="98"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="99"/>
        <source>%1 · leads %2 of its %n replica(s)</source>
        <translation>
            <numerusform>%1 · führt %2 seines %n Replikats</numerusform>
            <numerusform>%1 · führt %2 seiner %n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="102"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="103"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="149"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="313"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Leader replicas</source>
        <translation>Leader-Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="178"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <source>Bytes on disk</source>
        <translation>Bytes auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="314"/>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="315"/>
        <source>Links cut</source>
        <translation>Getrennte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="109"/>
        <source>The controller</source>
        <translation>Der Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="110"/>
        <source>Controller&apos;s view</source>
        <translation>Sicht des Controllers</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="111"/>
        <source>no active controller</source>
        <translation>kein aktiver Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="115"/>
        <source>Replica fetchers</source>
        <translation>Replika-Fetcher</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="117"/>
        <source>slow: wait %1 between fetches</source>
        <translation>langsam: wartet %1 zwischen Fetches</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="118"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="119"/>
        <source>Log dir</source>
        <translation>Log-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="120"/>
        <source>offline (disk full): restart the broker to heal it</source>
        <translation>offline (Platte voll): Broker neu starten, um es zu heilen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="121"/>
        <source>online, but the disk is full: the next write fails</source>
        <translation>online, aber die Platte ist voll: der nächste Schreibvorgang schlägt fehl</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="122"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="123"/>
        <source>Replicas on this broker</source>
        <translation>Replikate auf diesem Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="128"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · Rückstand %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="129"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>ZooKeeper node %1</source>
        <translation>ZooKeeper-Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>Controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="141"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>%1 des ZooKeeper-Ensembles in Epoche %2; der Controller ist Broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>Der aktive Controller: der Quorum-Leader in Term %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <source>%1 in term %2</source>
        <translation>%1 in Term %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Quorum role</source>
        <translation>Quorum-Rolle</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>Term (epoch)</source>
        <translation>Term (Epoche)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <source>Committed up to (HW)</source>
        <translation>Festgeschrieben bis (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Log end offset</source>
        <translation>Log-End-Offset</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>Latest snapshot</source>
        <translation>Letzter Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2 (End-Offset-Epoche)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>OFFLINE: kein Replikat kann sie führen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="173"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>Leader-Broker %1 (Epoche %2), ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="174"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="175"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="176"/>
        <source>Leader epoch</source>
        <translation>Leader-Epoche</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>Partition epoch</source>
        <translation>Partitionsepoche</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="186"/>
        <source>Reassignment: adding</source>
        <translation>Neuzuweisung: hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="187"/>
        <source>Reassignment: removing</source>
        <translation>Neuzuweisung: entfernen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="192"/>
        <source>Topic %1 configs</source>
        <translation>Konfiguration von Topic %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Replikat auf Broker %1 (ausgewählt)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1</source>
        <translation>Replikat auf Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>Consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>%1, on its own</source>
        <translation>%1, eigenständig</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>%1 in group %2, %3</source>
        <translation>%1 in Gruppe %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="307"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <source>Member id</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>Static member (group.instance.id)</source>
        <translation>Statisches Mitglied (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="259"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Member state</source>
        <translation>Mitgliedszustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <source>Application state</source>
        <translation>Anwendungszustand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>Assignors</source>
        <translation>Assignors</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="230"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>Rebalance protocol</source>
        <translation>Rebalance-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>Records polled</source>
        <translation>Abgerufene Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="233"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Records processed</source>
        <translation>Verarbeitete Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="234"/>
        <source>Commits (failed)</source>
        <translation>Commits (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="235"/>
        <source>Rebalances</source>
        <translation>Rebalances</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Owns %1</source>
        <translation>Besitzt %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>Position (next offset)</source>
        <translation>Position (nächster Offset)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>High watermark seen</source>
        <translation>Gesehene High Watermark</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Reads from broker</source>
        <translation>Liest von Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Owns</source>
        <translation>Besitzt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>Consumer group %1</source>
        <translation>Consumer-Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="253"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1, Generation %2, %n Mitglied, Rückstand %3</numerusform>
            <numerusform>%1, Generation %2, %n Mitglieder, Rückstand %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="261"/>
        <source>Offsets stored in</source>
        <translation>Offsets gespeichert in</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Oldest unread record</source>
        <translation>Ältester ungelesener Record</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Processed twice (duplicates)</source>
        <translation>Doppelt verarbeitet (Duplikate)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="268"/>
        <source>Never processed (skipped)</source>
        <translation>Nie verarbeitet (übersprungen)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="269"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="272"/>
        <source>idle: no partitions</source>
        <translation>untätig: keine Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="278"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · Position %2 · committet %3 · Ende %4 · Rückstand %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="279"/>
        <source>no owner</source>
        <translation>kein Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Last rebalance</source>
        <translation>Letzter Rebalance</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>Generations</source>
        <translation>Generationen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>entzogen %1 · verloren %2 · zugewiesen %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Producer client on node %1</source>
        <translation>Producer-Client auf Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="308"/>
        <source>Records sent</source>
        <translation>Gesendete Records</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="309"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="310"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="311"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="312"/>
        <source>Batch retries</source>
        <translation>Batch-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="316"/>
        <source>Configs</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="321"/>
        <source>Partitions written</source>
        <translation>Beschriebene Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="324"/>
        <source>%1 record(s), %2 acknowledged, last %3</source>
        <translation>%1 Record(s), %2 bestätigt, zuletzt %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="331"/>
        <source>Background producer</source>
        <translation>Hintergrund-Producer</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="332"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="333"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="334"/>
        <source>Records per send</source>
        <translation>Records pro Sendung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="335"/>
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
        <location filename="../ui/lessons/lesson_summary.cpp" line="52"/>
        <source>The cluster at the end of the lesson</source>
        <translation>Der Cluster am Ende der Lektion</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="53"/>
        <source>The cluster at step %1 of %2</source>
        <translation>Der Cluster bei Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Your turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="58"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="122"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="163"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="73"/>
        <source>Not answered. The answer: %1.</source>
        <translation>Nicht beantwortet. Die Antwort: %1.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="76"/>
        <source>✓ Your answer: %1. Right.</source>
        <translation>✓ Ihre Antwort: %1. Richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="78"/>
        <source>✗ Your answer: %1. The answer: %2.</source>
        <translation>✗ Ihre Antwort: %1. Die Antwort: %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>✓ Done.</source>
        <translation>✓ Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>Not done.</source>
        <translation>Nicht erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="87"/>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Predictions: %1 of %2 right.</source>
        <translation>Vorhersagen: %1 von %2 richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Tasks done: %1 of %2.</source>
        <translation>Aufgaben erledigt: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="96"/>
        <source>Key terms:</source>
        <translation>Wichtige Begriffe:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="116"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="155"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="176"/>
        <source>Cannot write the lesson summary %1: %2</source>
        <translation>Die Zusammenfassung der Lektion %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="13"/>
        <source>Acks and min.insync.replicas</source>
        <extracomment>acks-and-min-insync.lesson:2 (title)</extracomment>
        <translation>Acks und min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="15"/>
        <source>acks decides when a write counts as delivered; min.insync.replicas decides how few in-sync copies acks=all accepts.</source>
        <extracomment>acks-and-min-insync.lesson:5 (summary)</extracomment>
        <translation>acks legt fest, wann ein Schreibvorgang als zugestellt gilt; min.insync.replicas legt fest, mit wie wenigen In-Sync-Kopien acks=all noch auskommt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="17"/>
        <source>When is a record delivered?</source>
        <extracomment>acks-and-min-insync.lesson:14 (explain)</extracomment>
        <translation>Wann gilt ein Datensatz als zugestellt?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="19"/>
        <source>The broker acknowledges a record to the producer, but when? The producer&apos;s acks setting decides: acks=0: never asked, the producer just sends; acks=1: once the partition&apos;s leader has written it; acks=all (the default since Kafka 3.0): once every replica in the ISR, the in-sync replicas, has it.</source>
        <extracomment>acks-and-min-insync.lesson:15 (say)</extracomment>
        <translation>Der Broker bestätigt dem Producer einen Datensatz, aber wann? Das entscheidet die acks-Einstellung des Producers: acks=0: keine Bestätigung angefordert, der Producer sendet einfach; acks=1: sobald der Leader der Partition ihn geschrieben hat; acks=all (der Standard seit Kafka 3.0): sobald jedes Replikat im ISR, den In-Sync-Replikaten, ihn hat.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="21"/>
        <source>payments-0 has three replicas, and min.insync.replicas=2: the leader refuses acks=all writes when fewer than two replicas are in sync. So an acknowledged acks=all record is always on at least two brokers.</source>
        <extracomment>acks-and-min-insync.lesson:19 (say)</extracomment>
        <translation>payments-0 hat drei Replikate und min.insync.replicas=2: Der Leader lehnt acks=all-Schreibvorgänge ab, wenn weniger als zwei Replikate synchron sind. Ein bestätigter acks=all-Datensatz liegt also immer auf mindestens zwei Brokern.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="23"/>
        <source>Crash broker 2</source>
        <extracomment>acks-and-min-insync.lesson:25 (task)</extracomment>
        <translation>Broker 2 abstürzen lassen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="25"/>
        <source>Take out one replica: select broker 2 and press K, or type &apos;broker kill 2&apos;.</source>
        <extracomment>acks-and-min-insync.lesson:26 (say)</extracomment>
        <translation>Nimm ein Replikat vom Netz: Wähle Broker 2 aus und drücke K, oder tippe &apos;broker kill 2&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="27"/>
        <source>Broker 3 crashes too</source>
        <extracomment>acks-and-min-insync.lesson:32 (run)</extracomment>
        <translation>Auch Broker 3 stürzt ab</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="29"/>
        <source>Now broker 3 fails as well. After broker.session.timeout.ms (9 s) the controller fences both and shrinks the ISR to the one broker left.</source>
        <extracomment>acks-and-min-insync.lesson:33 (say)</extracomment>
        <translation>Jetzt fällt auch Broker 3 aus. Nach broker.session.timeout.ms (9 s) schirmt der Controller beide ab (fenced) und verkleinert den ISR auf den einen verbliebenen Broker.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="31"/>
        <source>One replica in sync, min.insync.replicas=2. Four acks=all records and three acks=1 records are sent. What happens?</source>
        <extracomment>acks-and-min-insync.lesson:41 (predict)</extracomment>
        <translation>Ein Replikat ist synchron, min.insync.replicas=2. Vier acks=all-Datensätze und drei acks=1-Datensätze werden gesendet. Was passiert?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="33"/>
        <source>All seven are written: the leader is up</source>
        <extracomment>acks-and-min-insync.lesson:42 (choice)</extracomment>
        <translation>Alle sieben werden geschrieben: Der Leader läuft ja</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="35"/>
        <source>The three acks=1 records are written; the four acks=all are refused with NOT_ENOUGH_REPLICAS</source>
        <extracomment>acks-and-min-insync.lesson:43 (correct)</extracomment>
        <translation>Die drei acks=1-Datensätze werden geschrieben; die vier acks=all-Datensätze werden mit NOT_ENOUGH_REPLICAS abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="37"/>
        <source>Nothing is written: the partition is offline</source>
        <extracomment>acks-and-min-insync.lesson:44 (choice)</extracomment>
        <translation>Nichts wird geschrieben: Die Partition ist offline</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="39"/>
        <source>acks=1 needs only the leader. acks=all needs at least min.insync.replicas in-sync replicas; with one, the leader rejects those records before writing them, with NOT_ENOUGH_REPLICAS.</source>
        <extracomment>acks-and-min-insync.lesson:45 (why)</extracomment>
        <translation>acks=1 braucht nur den Leader. acks=all braucht mindestens min.insync.replicas In-Sync-Replikate; mit nur einem lehnt der Leader diese Datensätze ab, bevor er sie schreibt, mit NOT_ENOUGH_REPLICAS.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="41"/>
        <source>Send both kinds</source>
        <extracomment>acks-and-min-insync.lesson:49 (run)</extracomment>
        <translation>Beide Arten senden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="43"/>
        <source>Retries, then failure</source>
        <extracomment>acks-and-min-insync.lesson:58 (explain)</extracomment>
        <translation>Neue Versuche, dann der Fehlschlag</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="45"/>
        <source>NOT_ENOUGH_REPLICAS is retriable: the producer keeps retrying until delivery.timeout.ms (2 minutes) has passed, then gives up and reports the failure to the application. Durability was chosen over availability: better refuse a payment than keep it on a single disk.</source>
        <extracomment>acks-and-min-insync.lesson:59 (say)</extracomment>
        <translation>NOT_ENOUGH_REPLICAS ist wiederholbar (retriable): Der Producer versucht es immer wieder, bis delivery.timeout.ms (2 Minuten) verstrichen ist, gibt dann auf und meldet den Fehler an die Anwendung. Hier hat Dauerhaftigkeit Vorrang vor Verfügbarkeit: lieber eine Zahlung ablehnen, als sie nur auf einer einzigen Platte zu halten.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="47"/>
        <source>Two minutes later</source>
        <extracomment>acks-and-min-insync.lesson:65 (run)</extracomment>
        <translation>Zwei Minuten später</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="49"/>
        <source>The brokers return</source>
        <extracomment>acks-and-min-insync.lesson:71 (run)</extracomment>
        <translation>Die Broker kommen zurück</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="51"/>
        <source>Brokers 2 and 3 restart, copy what they missed from broker 1 and rejoin the ISR; acks=all works again.</source>
        <extracomment>acks-and-min-insync.lesson:72 (say)</extracomment>
        <translation>Broker 2 und 3 starten neu, kopieren von Broker 1, was sie verpasst haben, und kommen wieder in den ISR; acks=all funktioniert wieder.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="53"/>
        <source>Brokers and the cluster</source>
        <extracomment>brokers.lesson:2 (title)</extracomment>
        <translation>Broker und der Cluster</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="55"/>
        <source>A broker is a server that stores partitions and answers clients; a cluster is several brokers and a controller quorum that keeps them in step.</source>
        <extracomment>brokers.lesson:5 (summary)</extracomment>
        <translation>Ein Broker ist ein Server, der Partitionen speichert und Clients antwortet; ein Cluster besteht aus mehreren Brokern und einem Controller-Quorum, das sie im Gleichschritt hält.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="57"/>
        <source>The post office</source>
        <extracomment>brokers.lesson:15 (explain)</extracomment>
        <translation>Das Postamt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="59"/>
        <source>A Kafka broker is a server. It stores records on its disk and answers the clients that write (producers) and read (consumers). Think of a post office: you hand in and pick up letters there, without caring how the sorting room inside is run.</source>
        <extracomment>brokers.lesson:16 (say)</extracomment>
        <translation>Ein Kafka-Broker ist ein Server. Er speichert Datensätze auf seiner Platte und antwortet den Clients, die schreiben (Producer) und lesen (Consumer). Stell dir ein Postamt vor: Dort gibst du Briefe ab und holst sie ab, ohne dich darum zu kümmern, wie der Sortierraum dahinter organisiert ist.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="61"/>
        <source>A cluster is several brokers working together: here brokers 1, 2 and 3.</source>
        <extracomment>brokers.lesson:20 (say)</extracomment>
        <translation>Ein Cluster besteht aus mehreren Brokern, die zusammenarbeiten: hier die Broker 1, 2 und 3.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="63"/>
        <source>Who keeps the brokers in step</source>
        <extracomment>brokers.lesson:24 (explain)</extracomment>
        <translation>Wer die Broker im Gleichschritt hält</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="65"/>
        <source>Since Kafka 4.0 a small quorum of controllers (101, 102 and 103 here) keeps the cluster&apos;s metadata: which brokers are alive, which topics exist, which broker leads each partition. One of them is the active controller; the others follow its metadata log.</source>
        <extracomment>brokers.lesson:25 (say)</extracomment>
        <translation>Seit Kafka 4.0 verwaltet ein kleines Quorum von Controllern (hier 101, 102 und 103) die Metadaten des Clusters: welche Broker leben, welche Topics existieren, welcher Broker Leader jeder Partition ist. Einer von ihnen ist der aktive Controller; die anderen folgen seinem Metadaten-Log.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="67"/>
        <source>Sharing the work</source>
        <extracomment>brokers.lesson:35 (explain)</extracomment>
        <translation>Die Arbeit teilen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="69"/>
        <source>The topic orders has three partitions, each copied to all three brokers. Every partition has one leader, the broker that takes its writes, and Kafka spreads the leaders over the brokers so that each does a share of the work.</source>
        <extracomment>brokers.lesson:36 (say)</extracomment>
        <translation>Das Topic orders hat drei Partitionen, jede auf alle drei Broker kopiert. Jede Partition hat einen Leader, den Broker, der ihre Schreibvorgänge annimmt, und Kafka verteilt die Leader so über die Broker, dass jeder einen Teil der Arbeit übernimmt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="71"/>
        <source>A broker crashes. What happens to the cluster?</source>
        <extracomment>brokers.lesson:45 (predict)</extracomment>
        <translation>Ein Broker stürzt ab. Was passiert mit dem Cluster?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="73"/>
        <source>Everything stops until the broker comes back</source>
        <extracomment>brokers.lesson:46 (choice)</extracomment>
        <translation>Alles steht still, bis der Broker zurückkommt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="75"/>
        <source>The other brokers carry on; the crashed broker&apos;s partitions get new leaders</source>
        <extracomment>brokers.lesson:47 (correct)</extracomment>
        <translation>Die anderen Broker machen weiter; die Partitionen des abgestürzten Brokers bekommen neue Leader</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="77"/>
        <source>Nothing at all: clients never noticed which broker they used</source>
        <extracomment>brokers.lesson:48 (choice)</extracomment>
        <translation>Überhaupt nichts: Die Clients haben nie gemerkt, welchen Broker sie benutzt haben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="79"/>
        <source>The controller notices the missing heartbeats after broker.session.timeout.ms (9 s), fences the broker and elects new leaders from the in-sync replicas on the other brokers.</source>
        <extracomment>brokers.lesson:49 (why)</extracomment>
        <translation>Der Controller bemerkt die fehlenden Heartbeats nach broker.session.timeout.ms (9 s), schirmt den Broker ab (fenced) und wählt neue Leader aus den In-Sync-Replikaten auf den anderen Brokern.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="81"/>
        <source>Crash broker 1</source>
        <extracomment>brokers.lesson:53 (task)</extracomment>
        <translation>Broker 1 abstürzen lassen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="83"/>
        <source>Select broker 1 and press K (Faults → Kill), or type &apos;broker kill 1&apos;.</source>
        <extracomment>brokers.lesson:54 (say)</extracomment>
        <translation>Wähle Broker 1 aus und drücke K (Störungen → Abschießen), oder tippe &apos;broker kill 1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="85"/>
        <source>The controller takes over</source>
        <extracomment>brokers.lesson:60 (run)</extracomment>
        <translation>Der Controller übernimmt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="87"/>
        <source>Watch the controller fence broker 1 and move its leaderships.</source>
        <extracomment>brokers.lesson:61 (say)</extracomment>
        <translation>Sieh zu, wie der Controller Broker 1 abschirmt (fenced) und seine Leader-Rollen verschiebt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="89"/>
        <source>Why nothing was lost</source>
        <extracomment>brokers.lesson:69 (explain)</extracomment>
        <translation>Warum nichts verloren ging</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="91"/>
        <source>Every partition was on all three brokers, so the two left still have every record. The cluster runs on with two brokers; the partitions are under-replicated until broker 1 returns.</source>
        <extracomment>brokers.lesson:70 (say)</extracomment>
        <translation>Jede Partition lag auf allen drei Brokern, also haben die beiden verbliebenen noch jeden Datensatz. Der Cluster läuft mit zwei Brokern weiter; die Partitionen sind unterrepliziert (under-replicated), bis Broker 1 zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="93"/>
        <source>Consumer groups and rebalancing: eager vs cooperative</source>
        <extracomment>consumer-groups.lesson:3 (title)</extracomment>
        <translation>Consumer-Gruppen und Rebalance: eager vs. kooperativ</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="95"/>
        <source>A group shares a topic&apos;s partitions among its members, one reader per partition; when members come or go it rebalances, eagerly (everyone stops) or cooperatively (only moved partitions stop).</source>
        <extracomment>consumer-groups.lesson:6 (summary)</extracomment>
        <translation>Eine Gruppe verteilt die Partitionen eines Topics auf ihre Mitglieder, ein Leser pro Partition; wenn Mitglieder kommen oder gehen, gibt es einen Rebalance, entweder eager (alle halten an) oder kooperativ (nur die verschobenen Partitionen halten an).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="97"/>
        <source>Working together</source>
        <extracomment>consumer-groups.lesson:17 (explain)</extracomment>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="99"/>
        <source>A consumer group is a set of consumers with the same group.id that share the work of reading a topic. Kafka makes sure each partition is read by only one member of the group; a group with more members than partitions leaves the extra ones idle. Different groups read the same topic independently, each with its own offsets.</source>
        <extracomment>consumer-groups.lesson:18 (say)</extracomment>
        <translation>Eine Consumer-Gruppe ist eine Menge von Consumern mit derselben group.id, die sich die Arbeit teilen, ein Topic zu lesen. Kafka sorgt dafür, dass jede Partition nur von einem Mitglied der Gruppe gelesen wird; hat eine Gruppe mehr Mitglieder als Partitionen, bleiben die überzähligen untätig. Verschiedene Gruppen lesen dasselbe Topic unabhängig voneinander, jede mit ihren eigenen Offsets.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="101"/>
        <source>The group coordinator (a broker) keeps the membership; the group&apos;s leader, one of the consumers, computes the assignment with the assignor.</source>
        <extracomment>consumer-groups.lesson:23 (say)</extracomment>
        <translation>Der Gruppenkoordinator (ein Broker) verwaltet die Mitgliedschaft; der Leader der Gruppe, einer der Consumer, berechnet die Zuweisung mit dem Assignor.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="103"/>
        <source>Two groups of two</source>
        <extracomment>consumer-groups.lesson:27 (run)</extracomment>
        <translation>Zwei Gruppen zu je zwei</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="105"/>
        <source>eager-group uses the sticky assignor (eager protocol); coop-group uses cooperative-sticky (KIP-429). Both read clicks.</source>
        <extracomment>consumer-groups.lesson:28 (say)</extracomment>
        <translation>eager-group verwendet den Assignor sticky (eager-Protokoll); coop-group verwendet cooperative-sticky (KIP-429). Beide lesen clicks.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="107"/>
        <source>Three partitions each</source>
        <extracomment>consumer-groups.lesson:42 (explain)</extracomment>
        <translation>Je drei Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="109"/>
        <source>Each member owns three of the six partitions. Both groups read all 300 records: independently.</source>
        <extracomment>consumer-groups.lesson:43 (say)</extracomment>
        <translation>Jedes Mitglied besitzt drei der sechs Partitionen. Beide Gruppen lesen alle 300 Datensätze: unabhängig voneinander.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="111"/>
        <source>A third consumer joins each group. How many partitions are revoked in each group?</source>
        <extracomment>consumer-groups.lesson:47 (predict)</extracomment>
        <translation>In jede Gruppe kommt ein dritter Consumer dazu. Wie viele Partitionen werden in jeder Gruppe entzogen (revoked)?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="113"/>
        <source>Two in each: only the ones that move</source>
        <extracomment>consumer-groups.lesson:48 (choice)</extracomment>
        <translation>Je zwei: nur die, die wechseln</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="115"/>
        <source>Six in the eager group, two in the cooperative group</source>
        <extracomment>consumer-groups.lesson:49 (correct)</extracomment>
        <translation>Sechs in der eager-Gruppe, zwei in der kooperativen Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="117"/>
        <source>Six in each: every rebalance stops everyone</source>
        <extracomment>consumer-groups.lesson:50 (choice)</extracomment>
        <translation>Je sechs: Jeder Rebalance hält alle an</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="119"/>
        <source>With the eager protocol every member gives up all its partitions before rejoining (6 revoked), then gets them back minus what moves: the whole group stops reading for a moment. The cooperative protocol revokes only the partitions that move to the new member (2), in a second rebalance; the others keep reading throughout.</source>
        <extracomment>consumer-groups.lesson:51 (why)</extracomment>
        <translation>Beim eager-Protokoll gibt jedes Mitglied vor dem erneuten Beitritt alle seine Partitionen ab (6 entzogen) und bekommt sie dann zurück, abzüglich derer, die wechseln: Die ganze Gruppe hört für einen Moment auf zu lesen. Das kooperative Protokoll entzieht nur die Partitionen, die zum neuen Mitglied wechseln (2), in einem zweiten Rebalance; die anderen lesen die ganze Zeit weiter.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="121"/>
        <source>Add a consumer to each group</source>
        <extracomment>consumer-groups.lesson:57 (task)</extracomment>
        <translation>Jeder Gruppe einen Consumer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="123"/>
        <source>Cluster → Add consumer…: add e3 to eager-group (assignor sticky) and k3 to coop-group (assignor cooperative-sticky), reading clicks from the earliest offset.</source>
        <extracomment>consumer-groups.lesson:58 (say)</extracomment>
        <translation>Cluster → Consumer hinzufügen…: Füge e3 zu eager-group (Assignor sticky) und k3 zu coop-group (Assignor cooperative-sticky) hinzu, die clicks ab dem frühesten Offset lesen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="125"/>
        <source>Settle</source>
        <extracomment>consumer-groups.lesson:68 (run)</extracomment>
        <translation>Einpendeln lassen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="127"/>
        <source>Switching to cooperative</source>
        <extracomment>consumer-groups.lesson:76 (explain)</extracomment>
        <translation>Umstieg auf kooperativ</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="129"/>
        <source>By default (partition.assignment.strategy, Kafka 3.0 and later) consumers offer range first and cooperative-sticky second, so a group still uses range, eagerly. Removing range in a rolling restart switches the group to cooperative rebalancing: big groups then rebalance without stopping the world. Static membership (group.instance.id, KIP-345) avoids rebalances for a restart within session.timeout.ms.</source>
        <extracomment>consumer-groups.lesson:77 (say)</extracomment>
        <translation>Standardmäßig (partition.assignment.strategy, ab Kafka 3.0) bieten Consumer zuerst range und danach cooperative-sticky an, daher verwendet eine Gruppe weiterhin range, also eager. Entfernst du range in einem Rolling Restart, wechselt die Gruppe zum kooperativen Rebalance: Große Gruppen machen dann einen Rebalance, ohne die ganze Welt anzuhalten. Statische Mitgliedschaft (group.instance.id, KIP-345) vermeidet Rebalances bei einem Neustart innerhalb von session.timeout.ms.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="131"/>
        <source>Consumers, offsets and commits: at-least-once vs at-most-once</source>
        <extracomment>consumers-and-commits.lesson:2 (title)</extracomment>
        <translation>Consumer, Offsets und Commits: at-least-once vs. at-most-once</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="133"/>
        <source>A consumer&apos;s offset is a bookmark; committing it after processing repeats records after a crash (at-least-once), committing before loses them (at-most-once).</source>
        <extracomment>consumers-and-commits.lesson:5 (summary)</extracomment>
        <translation>Der Offset eines Consumers ist ein Lesezeichen; committest du ihn nach der Verarbeitung, werden nach einem Absturz Datensätze wiederholt (at-least-once), committest du ihn vorher, gehen sie verloren (at-most-once).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="135"/>
        <source>The bookmark</source>
        <extracomment>consumers-and-commits.lesson:16 (explain)</extracomment>
        <translation>Das Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="137"/>
        <source>A consumer reads a partition from some offset on, in order, in batches it gets from poll(). It keeps its position (the next offset to read) and, now and then, commits an offset to its consumer group, which Kafka stores in the internal topic __consumer_offsets.</source>
        <extracomment>consumers-and-commits.lesson:17 (say)</extracomment>
        <translation>Ein Consumer liest eine Partition ab einem bestimmten Offset, der Reihe nach, in Batches, die er von poll() bekommt. Er merkt sich seine Position (den nächsten zu lesenden Offset) und committet ab und zu einen Offset an seine Consumer-Gruppe, den Kafka im internen Topic __consumer_offsets speichert.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="139"/>
        <source>The committed offset is like a bookmark in your Netflix show: after a crash or a restart, the group starts again where the bookmark is, not where the consumer had got to.</source>
        <extracomment>consumers-and-commits.lesson:21 (say)</extracomment>
        <translation>Der committete Offset ist wie ein Lesezeichen in deiner Netflix-Serie: Nach einem Absturz oder Neustart beginnt die Gruppe wieder dort, wo das Lesezeichen liegt, nicht dort, wo der Consumer gerade war.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="141"/>
        <source>Two groups, two ways to commit</source>
        <extracomment>consumers-and-commits.lesson:27 (run)</extracomment>
        <translation>Zwei Gruppen, zwei Arten zu committen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="143"/>
        <source>Group at-least-once commits after processing each batch of 10 records; group at-most-once commits right after poll, before processing. Each record takes 500 ms to process. Each group has a spare consumer that idles: one partition, one reader per group.</source>
        <extracomment>consumers-and-commits.lesson:28 (say)</extracomment>
        <translation>Die Gruppe at-least-once committet nach der Verarbeitung jedes Batches von 10 Datensätzen; die Gruppe at-most-once committet direkt nach poll, vor der Verarbeitung. Jeder Datensatz braucht 500 ms zur Verarbeitung. Jede Gruppe hat einen Ersatz-Consumer, der untätig wartet: eine Partition, ein Leser pro Gruppe.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="145"/>
        <source>Both readers crash in the middle of a batch. What does each group do afterwards?</source>
        <extracomment>consumers-and-commits.lesson:40 (predict)</extracomment>
        <translation>Beide Leser stürzen mitten in einem Batch ab. Was macht jede Gruppe danach?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="147"/>
        <source>at-least-once processes some records twice; at-most-once never processes some at all</source>
        <extracomment>consumers-and-commits.lesson:41 (correct)</extracomment>
        <translation>at-least-once verarbeitet manche Datensätze doppelt; at-most-once verarbeitet manche überhaupt nicht</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="149"/>
        <source>Both carry on exactly where they stopped</source>
        <extracomment>consumers-and-commits.lesson:42 (choice)</extracomment>
        <translation>Beide machen genau dort weiter, wo sie aufgehört haben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="151"/>
        <source>Both process some records twice</source>
        <extracomment>consumers-and-commits.lesson:43 (choice)</extracomment>
        <translation>Beide verarbeiten manche Datensätze doppelt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="153"/>
        <source>at-least-once&apos;s bookmark is still at the start of the unfinished batch, so the spare reads it again: duplicates. at-most-once had already moved its bookmark past the batch before processing it, so the spare starts after it: those records are skipped.</source>
        <extracomment>consumers-and-commits.lesson:44 (why)</extracomment>
        <translation>Das Lesezeichen von at-least-once steht noch am Anfang des unfertigen Batches, also liest der Ersatz-Consumer ihn erneut: Duplikate. at-most-once hatte sein Lesezeichen schon vor der Verarbeitung hinter den Batch verschoben, also beginnt der Ersatz-Consumer danach: Diese Datensätze werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="155"/>
        <source>Crash both readers</source>
        <extracomment>consumers-and-commits.lesson:49 (task)</extracomment>
        <translation>Beide Leser abstürzen lassen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="157"/>
        <source>Select consumer first-a and press K (a crash: nothing is committed), then the same for first-b; or type &apos;consumer kill first-a&apos; and &apos;consumer kill first-b&apos;. The step is done when both groups&apos; coordinators have noticed (session.timeout.ms, 10 s here).</source>
        <extracomment>consumers-and-commits.lesson:50 (say)</extracomment>
        <translation>Wähle Consumer first-a aus und drücke K (ein Absturz: nichts wird committet), dann dasselbe für first-b; oder tippe &apos;consumer kill first-a&apos; und &apos;consumer kill first-b&apos;. Der Schritt ist erledigt, wenn die Koordinatoren beider Gruppen es bemerkt haben (session.timeout.ms, hier 10 s).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="159"/>
        <source>The spares take over</source>
        <extracomment>consumers-and-commits.lesson:61 (run)</extracomment>
        <translation>Die Ersatz-Consumer übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="161"/>
        <source>Which to choose</source>
        <extracomment>consumers-and-commits.lesson:71 (explain)</extracomment>
        <translation>Was du wählen solltest</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="163"/>
        <source>Commit after processing (at-least-once) when losing a record is worse than handling it twice, and make processing idempotent. Commit before (at-most-once) only when a lost record does not matter. Kafka&apos;s default, enable.auto.commit=true every 5 s, is at-least-once as long as poll is called only after the previous batch is processed. Exactly-once needs transactions.</source>
        <extracomment>consumers-and-commits.lesson:72 (say)</extracomment>
        <translation>Committe nach der Verarbeitung (at-least-once), wenn ein verlorener Datensatz schlimmer ist als ein doppelt verarbeiteter, und mach die Verarbeitung idempotent. Committe vorher (at-most-once) nur, wenn ein verlorener Datensatz keine Rolle spielt. Kafkas Standard, enable.auto.commit=true alle 5 s, ist at-least-once, solange poll erst aufgerufen wird, nachdem der vorige Batch verarbeitet ist. Exactly-once braucht Transaktionen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="165"/>
        <source>End to end: producer → topic → partition → consumer group</source>
        <extracomment>end-to-end.lesson:2 (title)</extracomment>
        <translation>Von Anfang bis Ende: Producer → Topic → Partition → Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="167"/>
        <source>Follow one login event from the producer through its partition, the replication to followers, and the consumer group that reads it and commits its offset.</source>
        <extracomment>end-to-end.lesson:5 (summary)</extracomment>
        <translation>Verfolge ein Login-Ereignis vom Producer über seine Partition und die Replikation zu den Followern bis zur Consumer-Gruppe, die es liest und seinen Offset committet.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="169"/>
        <source>The path</source>
        <extracomment>end-to-end.lesson:15 (explain)</extracomment>
        <translation>Der Weg</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="171"/>
        <source>A producer sends a message to a topic. Kafka puts it in one of the topic&apos;s partitions, on the broker that leads that partition, which writes it to disk. Followers copy it. A consumer group subscribes to the topic; the consumer that owns the partition polls the message, processes it, and commits its offset.</source>
        <extracomment>end-to-end.lesson:16 (say)</extracomment>
        <translation>Ein Producer sendet eine Nachricht an ein Topic. Kafka legt sie in eine der Partitionen des Topics, auf dem Broker, der Leader dieser Partition ist und sie auf die Platte schreibt. Follower kopieren sie. Eine Consumer-Gruppe abonniert das Topic; der Consumer, dem die Partition gehört, holt die Nachricht per poll ab, verarbeitet sie und committet ihren Offset.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="173"/>
        <source>The event is sent with key 123. Which partition gets it?</source>
        <extracomment>end-to-end.lesson:23 (predict)</extracomment>
        <translation>Das Ereignis wird mit dem Key 123 gesendet. Welche Partition bekommt es?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="175"/>
        <source>Always the same one: murmur2 of the key, modulo 2</source>
        <extracomment>end-to-end.lesson:24 (correct)</extracomment>
        <translation>Immer dieselbe: murmur2 des Keys, modulo 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="177"/>
        <source>The next one in turn (round-robin)</source>
        <extracomment>end-to-end.lesson:25 (choice)</extracomment>
        <translation>Die nächste der Reihe nach (round-robin)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="179"/>
        <source>The one on the least busy broker</source>
        <extracomment>end-to-end.lesson:26 (choice)</extracomment>
        <translation>Die auf dem am wenigsten ausgelasteten Broker</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="181"/>
        <source>A key picks the partition by hash, so every event of user 123 lands in one partition, in order.</source>
        <extracomment>end-to-end.lesson:27 (why)</extracomment>
        <translation>Ein Key wählt die Partition per Hash, also landet jedes Ereignis von Benutzer 123 in einer Partition, in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="183"/>
        <source>Step 1 to 4: send, assign a partition, store, replicate</source>
        <extracomment>end-to-end.lesson:30 (run)</extracomment>
        <translation>Schritt 1 bis 4: senden, Partition zuweisen, speichern, replizieren</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="185"/>
        <source>The producer sends the JSON event with key 123 and acks=all: the leader writes it, both followers fetch it, and only then is it acknowledged.</source>
        <extracomment>end-to-end.lesson:31 (say)</extracomment>
        <translation>Der Producer sendet das JSON-Ereignis mit Key 123 und acks=all: Der Leader schreibt es, beide Follower holen es ab (Fetch), und erst dann wird es bestätigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="187"/>
        <source>Stored and replicated</source>
        <extracomment>end-to-end.lesson:40 (explain)</extracomment>
        <translation>Gespeichert und repliziert</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="189"/>
        <source>The event is at offset 0 of user-events-1, on all three brokers. The leader moved the high watermark to 1 once every in-sync replica had it: consumers can now read it.</source>
        <extracomment>end-to-end.lesson:41 (say)</extracomment>
        <translation>Das Ereignis liegt bei Offset 0 von user-events-1, auf allen drei Brokern. Der Leader hat die High Watermark auf 1 gesetzt, sobald jedes In-Sync-Replikat es hatte: Consumer können es jetzt lesen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="191"/>
        <source>A consumer group with two consumers subscribes. Who reads user-events-1?</source>
        <extracomment>end-to-end.lesson:47 (predict)</extracomment>
        <translation>Eine Consumer-Gruppe mit zwei Consumern abonniert das Topic. Wer liest user-events-1?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="193"/>
        <source>Both consumers, each a copy</source>
        <extracomment>end-to-end.lesson:48 (choice)</extracomment>
        <translation>Beide Consumer, jeder eine Kopie</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="195"/>
        <source>Exactly one of them</source>
        <extracomment>end-to-end.lesson:49 (correct)</extracomment>
        <translation>Genau einer von beiden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="197"/>
        <source>Whichever asks first, record by record</source>
        <extracomment>end-to-end.lesson:50 (choice)</extracomment>
        <translation>Wer zuerst fragt, Datensatz für Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="199"/>
        <source>Within a group each partition has one owner. With two partitions and two consumers, each owns one.</source>
        <extracomment>end-to-end.lesson:51 (why)</extracomment>
        <translation>Innerhalb einer Gruppe hat jede Partition einen Besitzer. Bei zwei Partitionen und zwei Consumern besitzt jeder eine.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="201"/>
        <source>Step 5 to 7: subscribe, poll, commit</source>
        <extracomment>end-to-end.lesson:54 (run)</extracomment>
        <translation>Schritt 5 bis 7: abonnieren, pollen, committen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="203"/>
        <source>The bookmark moves on</source>
        <extracomment>end-to-end.lesson:64 (explain)</extracomment>
        <translation>Das Lesezeichen rückt weiter</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="205"/>
        <source>The owner of user-events-1 polled the event, processed it and committed offset 1: the next record it wants. Another group, say billing, could read the same event independently, with its own offsets.</source>
        <extracomment>end-to-end.lesson:65 (say)</extracomment>
        <translation>Der Besitzer von user-events-1 hat das Ereignis per poll abgeholt, verarbeitet und Offset 1 committet: den nächsten Datensatz, den er haben will. Eine andere Gruppe, etwa billing, könnte dasselbe Ereignis unabhängig davon lesen, mit ihren eigenen Offsets.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="207"/>
        <source>Send more events</source>
        <extracomment>end-to-end.lesson:71 (task)</extracomment>
        <translation>Mehr Ereignisse senden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="209"/>
        <source>Now send more: type &apos;produce user-events key=123 value=logout count=5&apos; in the command line (Ctrl+K). The step is done when the group has processed six events.</source>
        <extracomment>end-to-end.lesson:72 (say)</extracomment>
        <translation>Sende jetzt mehr: Tippe &apos;produce user-events key=123 value=logout count=5&apos; in die Befehlszeile (Ctrl+K). Der Schritt ist erledigt, wenn die Gruppe sechs Ereignisse verarbeitet hat.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="211"/>
        <source>All of it</source>
        <extracomment>end-to-end.lesson:78 (explain)</extracomment>
        <translation>Alles zusammen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="213"/>
        <source>The same path for every event: the key chose user-events-1 each time, so user 123&apos;s events stayed in order, and the group read them all exactly once in order.</source>
        <extracomment>end-to-end.lesson:79 (say)</extracomment>
        <translation>Derselbe Weg für jedes Ereignis: Der Key hat jedes Mal user-events-1 gewählt, also blieben die Ereignisse von Benutzer 123 in Reihenfolge, und die Gruppe hat sie alle genau einmal der Reihe nach gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="215"/>
        <source>Producers: keys, round-robin and sticky, hot partitions</source>
        <extracomment>producers-and-keys.lesson:3 (title)</extracomment>
        <translation>Producer: Keys, Round-Robin und Sticky, Hot Partitions</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="217"/>
        <source>The producer picks each record&apos;s partition: by the key&apos;s hash, or without a key by the sticky (default) or round-robin partitioner; one busy key makes a hot partition.</source>
        <extracomment>producers-and-keys.lesson:6 (summary)</extracomment>
        <translation>Der Producer wählt die Partition jedes Datensatzes: per Hash des Keys oder, ohne Key, mit dem Sticky-Partitioner (Standard) oder dem Round-Robin-Partitioner; ein einziger vielbeschäftigter Key erzeugt eine Hot Partition.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="219"/>
        <source>The producer chooses the partition</source>
        <extracomment>producers-and-keys.lesson:15 (explain)</extracomment>
        <translation>Der Producer wählt die Partition</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="221"/>
        <source>A producer, say a service that pushes website clicks or orders, writes to a topic. For every record it chooses one partition. With a key, Kafka&apos;s producer hashes the key (murmur2) and takes it modulo the number of partitions: the same key always lands in the same partition, so all the records of one customer stay in order.</source>
        <extracomment>producers-and-keys.lesson:16 (say)</extracomment>
        <translation>Ein Producer, etwa ein Dienst, der Website-Klicks oder Bestellungen verschickt, schreibt in ein Topic. Für jeden Datensatz wählt er eine Partition. Mit Key berechnet Kafkas Producer einen Hash des Keys (murmur2) und nimmt ihn modulo der Anzahl der Partitionen: Derselbe Key landet immer in derselben Partition, also bleiben alle Datensätze eines Kunden in Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="223"/>
        <source>Alice places 5 orders, then 2 more. Where do the last 2 go?</source>
        <extracomment>producers-and-keys.lesson:23 (predict)</extracomment>
        <translation>Alice gibt 5 Bestellungen auf, dann noch 2. Wohin gehen die letzten 2?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="225"/>
        <source>To whichever partition is least busy</source>
        <extracomment>producers-and-keys.lesson:24 (choice)</extracomment>
        <translation>In die Partition, die am wenigsten ausgelastet ist</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="227"/>
        <source>To the same partition as her first 5</source>
        <extracomment>producers-and-keys.lesson:25 (correct)</extracomment>
        <translation>In dieselbe Partition wie ihre ersten 5</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="229"/>
        <source>One to each of two other partitions</source>
        <extracomment>producers-and-keys.lesson:26 (choice)</extracomment>
        <translation>Je eine in zwei andere Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="231"/>
        <source>The partition is murmur2(key) modulo the partition count: it depends only on the key (and on the number of partitions), so every alice record goes to the same partition.</source>
        <extracomment>producers-and-keys.lesson:27 (why)</extracomment>
        <translation>Die Partition ist murmur2(key) modulo der Partitionsanzahl: Sie hängt nur vom Key ab (und von der Anzahl der Partitionen), also geht jeder alice-Datensatz in dieselbe Partition.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="233"/>
        <source>Orders with keys</source>
        <extracomment>producers-and-keys.lesson:31 (run)</extracomment>
        <translation>Bestellungen mit Keys</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="235"/>
        <source>A hot partition</source>
        <extracomment>producers-and-keys.lesson:44 (explain)</extracomment>
        <translation>Eine Hot Partition</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="237"/>
        <source>alice and bob both hash to orders-0: it holds 10 records, the others 4 and 2. If one key is much busier than the rest (one huge customer, one popular product), its partition gets far more traffic than the others: a hot partition. Adding partitions does not help it; a better key (or a key with more spread) does.</source>
        <extracomment>producers-and-keys.lesson:45 (say)</extracomment>
        <translation>alice und bob landen per Hash beide in orders-0: Sie enthält 10 Datensätze, die anderen 4 und 2. Ist ein Key viel aktiver als die übrigen (ein riesiger Kunde, ein beliebtes Produkt), bekommt seine Partition weit mehr Verkehr als die anderen: eine Hot Partition. Mehr Partitionen helfen da nicht; ein besserer Key (oder ein Key mit mehr Streuung) schon.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="239"/>
        <source>No key: sticky</source>
        <extracomment>producers-and-keys.lesson:53 (explain)</extracomment>
        <translation>Kein Key: Sticky</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="241"/>
        <source>Without a key, Kafka&apos;s producer (since 2.4, and uniformly since 3.3) uses the sticky partitioner: it fills a whole batch for one partition, sends it, then switches to another. Fewer, fuller batches mean less overhead. Over time the partitions even out.</source>
        <extracomment>producers-and-keys.lesson:54 (say)</extracomment>
        <translation>Ohne Key verwendet Kafkas Producer (seit 2.4, einheitlich seit 3.3) den Sticky-Partitioner: Er füllt einen ganzen Batch für eine Partition, sendet ihn und wechselt dann zu einer anderen. Weniger, dafür vollere Batches bedeuten weniger Overhead. Mit der Zeit gleichen sich die Partitionen aus.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="243"/>
        <source>Twenty clicks without a key are sent at once with the sticky partitioner. Where do they go?</source>
        <extracomment>producers-and-keys.lesson:59 (predict)</extracomment>
        <translation>Zwanzig Klicks ohne Key werden auf einmal mit dem Sticky-Partitioner gesendet. Wohin gehen sie?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="245"/>
        <source>All twenty into one partition, in one batch</source>
        <extracomment>producers-and-keys.lesson:60 (correct)</extracomment>
        <translation>Alle zwanzig in eine Partition, in einem Batch</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="247"/>
        <source>Seven, seven and six over the three partitions</source>
        <extracomment>producers-and-keys.lesson:61 (choice)</extracomment>
        <translation>Sieben, sieben und sechs auf die drei Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="249"/>
        <source>Always to orders-0</source>
        <extracomment>producers-and-keys.lesson:62 (choice)</extracomment>
        <translation>Immer nach orders-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="251"/>
        <source>The records fit in one batch (batch.size 16384 bytes), and the sticky partitioner sends a whole batch to one partition; the next batch may go elsewhere.</source>
        <extracomment>producers-and-keys.lesson:63 (why)</extracomment>
        <translation>Die Datensätze passen in einen Batch (batch.size 16384 Bytes), und der Sticky-Partitioner sendet einen ganzen Batch an eine Partition; der nächste Batch kann woandershin gehen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="253"/>
        <source>Twenty clicks, sticky</source>
        <extracomment>producers-and-keys.lesson:67 (run)</extracomment>
        <translation>Zwanzig Klicks, Sticky</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="255"/>
        <source>Thirty clicks, round-robin</source>
        <extracomment>producers-and-keys.lesson:75 (run)</extracomment>
        <translation>Dreißig Klicks, Round-Robin</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="257"/>
        <source>Before Kafka 2.4 records without a key went round-robin; Kafka still ships that as partitioner.class=RoundRobinPartitioner: each record gets the next partition in turn.</source>
        <extracomment>producers-and-keys.lesson:76 (say)</extracomment>
        <translation>Vor Kafka 2.4 wurden Datensätze ohne Key per Round-Robin verteilt; Kafka liefert das weiterhin als partitioner.class=RoundRobinPartitioner mit: Jeder Datensatz bekommt der Reihe nach die nächste Partition.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="259"/>
        <source>Choosing</source>
        <extracomment>producers-and-keys.lesson:86 (explain)</extracomment>
        <translation>Die Wahl</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="261"/>
        <source>Use a key when order per entity matters; skip the key when it does not, and the sticky partitioner spreads the load in efficient batches. Either way, a record&apos;s offset is only meaningful within its partition.</source>
        <extracomment>producers-and-keys.lesson:87 (say)</extracomment>
        <translation>Verwende einen Key, wenn die Reihenfolge pro Entität wichtig ist; lass den Key weg, wenn nicht, dann verteilt der Sticky-Partitioner die Last in effizienten Batches. So oder so ist der Offset eines Datensatzes nur innerhalb seiner Partition aussagekräftig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="263"/>
        <source>Replication, ISR and leader failover: clean vs unclean</source>
        <extracomment>replication-and-failover.lesson:3 (title)</extracomment>
        <translation>Replikation, ISR und Leader-Failover: clean vs. unclean</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="265"/>
        <source>Each partition has a leader and followers that copy it; the in-sync replicas (ISR) are the ones a new leader may come from, unless unclean leader election trades lost records for availability.</source>
        <extracomment>replication-and-failover.lesson:6 (summary)</extracomment>
        <translation>Jede Partition hat einen Leader und Follower, die ihn kopieren; die In-Sync-Replikate (ISR) sind diejenigen, aus denen ein neuer Leader kommen darf, es sei denn, eine unsaubere (unclean) Leader-Wahl tauscht verlorene Datensätze gegen Verfügbarkeit.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="267"/>
        <source>Leader and followers</source>
        <extracomment>replication-and-failover.lesson:20 (explain)</extracomment>
        <translation>Leader und Follower</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="269"/>
        <source>Kafka copies every partition to several brokers, here three (rf=3). One replica is the leader: producers write to it, and consumers read from it (KIP-392 lets a consumer read from a follower in its own rack instead). The others are followers: they keep fetching the leader&apos;s new records.</source>
        <extracomment>replication-and-failover.lesson:21 (say)</extracomment>
        <translation>Kafka kopiert jede Partition auf mehrere Broker, hier drei (rf=3). Ein Replikat ist der Leader: Producer schreiben in ihn, und Consumer lesen von ihm (mit KIP-392 kann ein Consumer stattdessen von einem Follower in seinem eigenen Rack lesen). Die anderen sind Follower: Sie holen laufend die neuen Datensätze des Leaders ab.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="271"/>
        <source>The followers that have caught up form the ISR, the in-sync replicas, together with the leader. The high watermark (HW) is the offset every in-sync replica has; consumers read only up to it.</source>
        <extracomment>replication-and-failover.lesson:25 (say)</extracomment>
        <translation>Die Follower, die aufgeholt haben, bilden zusammen mit dem Leader den ISR, die In-Sync-Replikate. Die High Watermark (HW) ist der Offset, den jedes In-Sync-Replikat hat; Consumer lesen nur bis dorthin.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="273"/>
        <source>Broker 1, the leader of orders-0, crashes. What happens to orders-0?</source>
        <extracomment>replication-and-failover.lesson:33 (predict)</extracomment>
        <translation>Broker 1, der Leader von orders-0, stürzt ab. Was passiert mit orders-0?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="275"/>
        <source>It stays offline until broker 1 comes back</source>
        <extracomment>replication-and-failover.lesson:34 (choice)</extracomment>
        <translation>Sie bleibt offline, bis Broker 1 zurückkommt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="277"/>
        <source>Broker 2 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:35 (correct)</extracomment>
        <translation>Broker 2 wird Leader, mit allen 10 Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="279"/>
        <source>Broker 3 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:36 (choice)</extracomment>
        <translation>Broker 3 wird Leader, mit allen 10 Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="281"/>
        <source>The controller elects the first replica in the replica list [1, 2, 3] that is alive and in the ISR: broker 2. Being in the ISR, it has every acknowledged record. That is a clean election.</source>
        <extracomment>replication-and-failover.lesson:37 (why)</extracomment>
        <translation>Der Controller wählt das erste Replikat in der Replikatliste [1, 2, 3], das lebt und im ISR ist: Broker 2. Da er im ISR ist, hat er jeden bestätigten Datensatz. Das ist eine saubere (clean) Wahl.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="283"/>
        <source>Kill the leader of orders-0</source>
        <extracomment>replication-and-failover.lesson:41 (task)</extracomment>
        <translation>Den Leader von orders-0 abschießen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="285"/>
        <source>Select broker 1, the leader of orders-0, and press K; or type &apos;broker kill 1&apos;.</source>
        <extracomment>replication-and-failover.lesson:42 (say)</extracomment>
        <translation>Wähle Broker 1 aus, den Leader von orders-0, und drücke K; oder tippe &apos;broker kill 1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="287"/>
        <source>A clean failover</source>
        <extracomment>replication-and-failover.lesson:48 (explain)</extracomment>
        <translation>Ein sauberes Failover</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="289"/>
        <source>The controller waited for broker 1&apos;s heartbeats for broker.session.timeout.ms (9 s), fenced it, elected broker 2 and removed broker 1 from the ISR. Nothing acknowledged was lost.</source>
        <extracomment>replication-and-failover.lesson:49 (say)</extracomment>
        <translation>Der Controller hat broker.session.timeout.ms (9 s) lang auf die Heartbeats von Broker 1 gewartet, ihn abgeschirmt (fenced), Broker 2 gewählt und Broker 1 aus dem ISR entfernt. Nichts Bestätigtes ging verloren.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="291"/>
        <source>Broker 1 returns, broker 3 falls behind</source>
        <extracomment>replication-and-failover.lesson:57 (run)</extracomment>
        <translation>Broker 1 kehrt zurück, Broker 3 fällt zurück</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="293"/>
        <source>Broker 1 restarts and rejoins as a follower. Then broker 3 loses its link to the leader: once it has not caught up for replica.lag.time.max.ms (30 s; the leader looks every 15 s), the leader drops it from the ISR. Twenty more records are acknowledged by brokers 1 and 2 alone (min.insync.replicas=2 is met).</source>
        <extracomment>replication-and-failover.lesson:58 (say)</extracomment>
        <translation>Broker 1 startet neu und kommt als Follower wieder dazu. Dann verliert Broker 3 seine Verbindung zum Leader: Sobald er replica.lag.time.max.ms lang (30 s; der Leader prüft alle 15 s) nicht aufgeholt hat, nimmt der Leader ihn aus dem ISR. Zwanzig weitere Datensätze werden allein von Broker 1 und 2 bestätigt (min.insync.replicas=2 ist erfüllt).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="295"/>
        <source>Brokers 1 and 2 both crash. Only broker 3, out of sync, is alive. What happens?</source>
        <extracomment>replication-and-failover.lesson:73 (predict)</extracomment>
        <translation>Broker 1 und 2 stürzen beide ab. Nur Broker 3, nicht synchron, lebt noch. Was passiert?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="297"/>
        <source>orders-0 goes offline: no in-sync replica is left to lead</source>
        <extracomment>replication-and-failover.lesson:74 (correct)</extracomment>
        <translation>orders-0 geht offline: Es ist kein In-Sync-Replikat mehr übrig, das Leader werden kann</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="299"/>
        <source>Broker 3 leads, with all 30 records</source>
        <extracomment>replication-and-failover.lesson:75 (choice)</extracomment>
        <translation>Broker 3 wird Leader, mit allen 30 Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="301"/>
        <source>Broker 3 leads, with only the first 10 records</source>
        <extracomment>replication-and-failover.lesson:76 (choice)</extracomment>
        <translation>Broker 3 wird Leader, mit nur den ersten 10 Datensätzen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="303"/>
        <source>unclean.leader.election.enable is false by default: Kafka would rather have no leader than one that lacks acknowledged records. The partition waits for broker 1 or 2.</source>
        <extracomment>replication-and-failover.lesson:77 (why)</extracomment>
        <translation>unclean.leader.election.enable ist standardmäßig false: Kafka hat lieber gar keinen Leader als einen, dem bestätigte Datensätze fehlen. Die Partition wartet auf Broker 1 oder 2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="305"/>
        <source>Both in-sync replicas crash</source>
        <extracomment>replication-and-failover.lesson:81 (run)</extracomment>
        <translation>Beide In-Sync-Replikate stürzen ab</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="307"/>
        <source>Allow an unclean election</source>
        <extracomment>replication-and-failover.lesson:88 (run)</extracomment>
        <translation>Eine unsaubere (unclean) Wahl erlauben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="309"/>
        <source>Now allow it for this topic: the controller elects broker 3, the only live replica. It has only the first 10 records: the 20 acknowledged later are gone (the event log says which).</source>
        <extracomment>replication-and-failover.lesson:89 (say)</extracomment>
        <translation>Jetzt erlauben wir sie für dieses Topic: Der Controller wählt Broker 3, das einzige lebende Replikat. Er hat nur die ersten 10 Datensätze: Die 20 später bestätigten sind weg (welche, steht im Ereignisprotokoll).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="311"/>
        <source>Availability or durability</source>
        <extracomment>replication-and-failover.lesson:97 (explain)</extracomment>
        <translation>Verfügbarkeit oder Dauerhaftigkeit</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="313"/>
        <source>A clean election never loses an acknowledged record but may leave a partition offline; an unclean one keeps it available but may lose records. Kafka&apos;s default is clean. rf=3 with min.insync.replicas=2 and acks=all survives any one broker without loss.</source>
        <extracomment>replication-and-failover.lesson:98 (say)</extracomment>
        <translation>Eine saubere Wahl verliert nie einen bestätigten Datensatz, kann aber eine Partition offline lassen; eine unsaubere hält sie verfügbar, kann aber Datensätze verlieren. Kafkas Standard ist die saubere Wahl. rf=3 mit min.insync.replicas=2 und acks=all übersteht den Ausfall eines beliebigen Brokers ohne Verlust.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="315"/>
        <source>Topics, partitions and offsets</source>
        <extracomment>topics-partitions-offsets.lesson:2 (title)</extracomment>
        <translation>Topics, Partitionen und Offsets</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="317"/>
        <source>A topic is a named stream split into partitions; each partition is an append-only log in which every record gets the next offset.</source>
        <extracomment>topics-partitions-offsets.lesson:5 (summary)</extracomment>
        <translation>Ein Topic ist ein benannter Stream, aufgeteilt in Partitionen; jede Partition ist ein Log, an das nur angehängt wird (append-only) und in dem jeder Datensatz den nächsten Offset bekommt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="319"/>
        <source>A topic is a named category</source>
        <extracomment>topics-partitions-offsets.lesson:14 (explain)</extracomment>
        <translation>Ein Topic ist eine benannte Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="321"/>
        <source>A topic is a named stream of records, like order_placed or user_signup. Producers write to a topic by name and consumers read it by name.</source>
        <extracomment>topics-partitions-offsets.lesson:15 (say)</extracomment>
        <translation>Ein Topic ist ein benannter Stream von Datensätzen, etwa order_placed oder user_signup. Producer schreiben über den Namen in ein Topic, und Consumer lesen es über den Namen.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="323"/>
        <source>The topic user-logs is split into three partitions, user-logs-0, -1 and -2. With one replica each (rf=1) every partition lives on exactly one broker: the partitions spread the topic over the cluster, so three brokers can take its writes and three consumers can read it in parallel.</source>
        <extracomment>topics-partitions-offsets.lesson:18 (say)</extracomment>
        <translation>Das Topic user-logs ist in drei Partitionen aufgeteilt, user-logs-0, -1 und -2. Mit je einem Replikat (rf=1) liegt jede Partition auf genau einem Broker: Die Partitionen verteilen das Topic über den Cluster, sodass drei Broker seine Schreibvorgänge annehmen und drei Consumer es parallel lesen können.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="325"/>
        <source>A partition is a log</source>
        <extracomment>topics-partitions-offsets.lesson:27 (explain)</extracomment>
        <translation>Eine Partition ist ein Log</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="327"/>
        <source>Think of a partition as a log file written from one side only: a new record always goes at the end, nothing is changed or inserted in the middle. Each record gets the next number in its partition, its offset: 0, 1, 2, ... The log end offset (LEO) is the offset the next record will get.</source>
        <extracomment>topics-partitions-offsets.lesson:28 (say)</extracomment>
        <translation>Stell dir eine Partition als Logdatei vor, die nur von einer Seite beschrieben wird: Ein neuer Datensatz kommt immer ans Ende, nichts wird in der Mitte geändert oder eingefügt. Jeder Datensatz bekommt die nächste Nummer in seiner Partition, seinen Offset: 0, 1, 2, ... Der Log End Offset (LEO) ist der Offset, den der nächste Datensatz bekommen wird.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="329"/>
        <source>Five records go to user-logs-0. What offset does the fifth get?</source>
        <extracomment>topics-partitions-offsets.lesson:35 (predict)</extracomment>
        <translation>Fünf Datensätze gehen an user-logs-0. Welchen Offset bekommt der fünfte?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="331"/>
        <source>5</source>
        <extracomment>topics-partitions-offsets.lesson:36 (choice)</extracomment>
        <translation>5</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="333"/>
        <source>4</source>
        <extracomment>topics-partitions-offsets.lesson:37 (correct)</extracomment>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="335"/>
        <source>It depends on the other partitions</source>
        <extracomment>topics-partitions-offsets.lesson:38 (choice)</extracomment>
        <translation>Das hängt von den anderen Partitionen ab</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="337"/>
        <source>Offsets start at 0 and count per partition: the five records get offsets 0 to 4, and the log end offset becomes 5. Each partition counts on its own.</source>
        <extracomment>topics-partitions-offsets.lesson:39 (why)</extracomment>
        <translation>Offsets beginnen bei 0 und zählen pro Partition: Die fünf Datensätze bekommen die Offsets 0 bis 4, und der Log End Offset wird 5. Jede Partition zählt für sich.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="339"/>
        <source>Write five records to user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:43 (run)</extracomment>
        <translation>Fünf Datensätze in user-logs-0 schreiben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="341"/>
        <source>Now three records go to user-logs-1. Which offsets do they get?</source>
        <extracomment>topics-partitions-offsets.lesson:51 (predict)</extracomment>
        <translation>Jetzt gehen drei Datensätze an user-logs-1. Welche Offsets bekommen sie?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="343"/>
        <source>5, 6 and 7, after the records of user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:52 (choice)</extracomment>
        <translation>5, 6 und 7, nach den Datensätzen von user-logs-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="345"/>
        <source>0, 1 and 2</source>
        <extracomment>topics-partitions-offsets.lesson:53 (correct)</extracomment>
        <translation>0, 1 und 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="347"/>
        <source>Random free numbers</source>
        <extracomment>topics-partitions-offsets.lesson:54 (choice)</extracomment>
        <translation>Zufällige freie Nummern</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="349"/>
        <source>Every partition has its own sequence of offsets. Order is kept within a partition, not across the partitions of a topic.</source>
        <extracomment>topics-partitions-offsets.lesson:55 (why)</extracomment>
        <translation>Jede Partition hat ihre eigene Folge von Offsets. Die Reihenfolge bleibt innerhalb einer Partition erhalten, nicht über die Partitionen eines Topics hinweg.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="351"/>
        <source>Write three records to user-logs-1</source>
        <extracomment>topics-partitions-offsets.lesson:59 (run)</extracomment>
        <translation>Drei Datensätze in user-logs-1 schreiben</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="353"/>
        <source>Why partitions</source>
        <extracomment>topics-partitions-offsets.lesson:66 (explain)</extracomment>
        <translation>Warum Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="355"/>
        <source>Ordering per partition and independence between partitions is the trade Kafka makes: a topic grows by adding partitions (parallelism and scale), and whatever must stay in order goes to one partition (the next lesson: keys).</source>
        <extracomment>topics-partitions-offsets.lesson:67 (say)</extracomment>
        <translation>Reihenfolge pro Partition und Unabhängigkeit zwischen den Partitionen, das ist der Kompromiss, den Kafka eingeht: Ein Topic wächst, indem man Partitionen hinzufügt (Parallelität und Skalierung), und was in Reihenfolge bleiben muss, kommt in eine Partition (die nächste Lektion: Keys).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="357"/>
        <source>ZooKeeper vs KRaft: who keeps the metadata</source>
        <extracomment>zookeeper-vs-kraft.lesson:3 (title)</extracomment>
        <translation>ZooKeeper vs. KRaft: Wer die Metadaten verwaltet</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="359"/>
        <source>Before Kafka 4.0 a ZooKeeper ensemble held the metadata and one broker was the controller; KRaft replaced both with a Raft quorum of controllers that fails over in seconds.</source>
        <extracomment>zookeeper-vs-kraft.lesson:6 (summary)</extracomment>
        <translation>Vor Kafka 4.0 hielt ein ZooKeeper-Ensemble die Metadaten, und ein Broker war der Controller; KRaft hat beides durch ein Raft-Quorum von Controllern ersetzt, das ein Failover in Sekunden schafft.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="361"/>
        <source>Kafka before 4.0: ZooKeeper</source>
        <extracomment>zookeeper-vs-kraft.lesson:15 (explain)</extracomment>
        <translation>Kafka vor 4.0: ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="363"/>
        <source>This cluster runs the way Kafka did before 4.0 (ZooKeeper mode, removed in Kafka 4.0). A separate ZooKeeper ensemble (nodes 201, 202, 203) stores the metadata as znodes: /brokers/ids, the topics, each partition&apos;s leader and ISR. Every broker keeps a ZooKeeper session alive with pings.</source>
        <extracomment>zookeeper-vs-kraft.lesson:16 (say)</extracomment>
        <translation>Dieser Cluster läuft so, wie Kafka vor 4.0 lief (ZooKeeper-Modus, in Kafka 4.0 entfernt). Ein separates ZooKeeper-Ensemble (Knoten 201, 202, 203) speichert die Metadaten als Znodes: /brokers/ids, die Topics, Leader und ISR jeder Partition. Jeder Broker hält mit Pings eine ZooKeeper-Session am Leben.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="365"/>
        <source>One broker is also the controller: the one that first created the ephemeral /controller znode. Here that is broker 3. It reads the whole state from ZooKeeper and pushes leader changes to the other brokers.</source>
        <extracomment>zookeeper-vs-kraft.lesson:20 (say)</extracomment>
        <translation>Ein Broker ist zusätzlich der Controller: derjenige, der als Erster den ephemeren Znode /controller angelegt hat. Hier ist das Broker 3. Er liest den gesamten Zustand aus ZooKeeper und schickt Leader-Änderungen an die anderen Broker.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="367"/>
        <source>The controller broker crashes. How long until another broker is the controller?</source>
        <extracomment>zookeeper-vs-kraft.lesson:27 (predict)</extracomment>
        <translation>Der Controller-Broker stürzt ab. Wie lange dauert es, bis ein anderer Broker Controller ist?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="369"/>
        <source>About 2 seconds: the others notice at once</source>
        <extracomment>zookeeper-vs-kraft.lesson:28 (choice)</extracomment>
        <translation>Etwa 2 Sekunden: Die anderen merken es sofort</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="371"/>
        <source>12 to 18 seconds: when its ZooKeeper session expires</source>
        <extracomment>zookeeper-vs-kraft.lesson:29 (correct)</extracomment>
        <translation>12 bis 18 Sekunden: wenn seine ZooKeeper-Session abläuft</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="373"/>
        <source>Never: a new controller must be chosen by hand</source>
        <extracomment>zookeeper-vs-kraft.lesson:30 (choice)</extracomment>
        <translation>Nie: Ein neuer Controller muss von Hand gewählt werden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="375"/>
        <source>Nothing happens until ZooKeeper gives up on the dead broker&apos;s session (zookeeper.session.timeout.ms, 18 s from its last ping). Then the ephemeral /controller znode disappears, the other brokers race to create it, and the winner reads the whole cluster state from ZooKeeper before it acts.</source>
        <extracomment>zookeeper-vs-kraft.lesson:31 (why)</extracomment>
        <translation>Nichts passiert, bis ZooKeeper die Session des toten Brokers aufgibt (zookeeper.session.timeout.ms, 18 s nach seinem letzten Ping). Dann verschwindet der ephemere Znode /controller, die anderen Broker liefern sich ein Rennen, ihn anzulegen, und der Gewinner liest den gesamten Clusterzustand aus ZooKeeper, bevor er handelt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="377"/>
        <source>Kill the controller</source>
        <extracomment>zookeeper-vs-kraft.lesson:36 (task)</extracomment>
        <translation>Den Controller abschießen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="379"/>
        <source>Select broker 3, the controller, and press K; or type &apos;controller kill active&apos;.</source>
        <extracomment>zookeeper-vs-kraft.lesson:37 (say)</extracomment>
        <translation>Wähle Broker 3 aus, den Controller, und drücke K; oder tippe &apos;controller kill active&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="381"/>
        <source>What took so long</source>
        <extracomment>zookeeper-vs-kraft.lesson:44 (explain)</extracomment>
        <translation>Warum es so lange dauerte</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="383"/>
        <source>The session expired about 17 s after the crash, then broker 1 won the race for /controller and loaded the state (milliseconds here; minutes in clusters with hundreds of thousands of partitions). Because the controller was a broker, its partitions lost their leader too.</source>
        <extracomment>zookeeper-vs-kraft.lesson:45 (say)</extracomment>
        <translation>Die Session lief etwa 17 s nach dem Absturz ab, dann gewann Broker 1 das Rennen um /controller und lud den Zustand (hier Millisekunden; Minuten in Clustern mit Hunderttausenden von Partitionen). Weil der Controller ein Broker war, verloren auch seine Partitionen ihren Leader.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="385"/>
        <source>Kafka 4.x: KRaft</source>
        <extracomment>zookeeper-vs-kraft.lesson:54 (explain)</extracomment>
        <translation>Kafka 4.x: KRaft</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="387"/>
        <source>KRaft (KIP-500, production-ready since 3.3, the only mode since 4.0) drops ZooKeeper. A quorum of controllers keeps the metadata as a replicated log, __cluster_metadata, with Raft; its leader is the active controller. When it dies, the others notice within controller.quorum.fetch.timeout.ms (2 s), elect a new leader that already holds the whole log, and carry on: about 2.5 s in the simulation, against 13 s here. Brokers pull metadata changes from it instead of being pushed to, and a dead broker is noticed after broker.session.timeout.ms (9 s) instead of 18 s.</source>
        <extracomment>zookeeper-vs-kraft.lesson:55 (say)</extracomment>
        <translation>KRaft (KIP-500, produktionsreif seit 3.3, der einzige Modus seit 4.0) verzichtet auf ZooKeeper. Ein Quorum von Controllern hält die Metadaten mit Raft als repliziertes Log, __cluster_metadata; sein Leader ist der aktive Controller. Fällt er aus, merken die anderen das innerhalb von controller.quorum.fetch.timeout.ms (2 s), wählen einen neuen Leader, der bereits das ganze Log hat, und machen weiter: etwa 2,5 s in der Simulation, gegenüber 13 s hier. Broker holen sich Metadatenänderungen selbst ab, statt sie zugeschickt zu bekommen, und ein toter Broker wird nach broker.session.timeout.ms (9 s) statt nach 18 s bemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="389"/>
        <source>Run &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos; to see both side by side.</source>
        <extracomment>zookeeper-vs-kraft.lesson:62 (say)</extracomment>
        <translation>Führe &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos; aus, um beide nebeneinander zu sehen.</translation>
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
        <location filename="../ui/records/producer_panel.cpp" line="28"/>
        <source>the record&apos;s own partition</source>
        <translation>die eigene Partition des Records</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="29"/>
        <source>murmur2 hash of the key</source>
        <translation>murmur2-Hash des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="30"/>
        <source>sticky partitioner (no key)</source>
        <translation>Sticky-Partitioner (kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="31"/>
        <source>round-robin partitioner (no key)</source>
        <translation>Round-Robin-Partitioner (kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="31"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="73"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="83"/>
        <source>not JSON (%1 at character %2)</source>
        <translation>kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="84"/>
        <source>expected a JSON object such as {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</source>
        <translation>JSON-Objekt erwartet, etwa {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="88"/>
        <source>&quot;topic&quot; must be a string</source>
        <translation>&quot;topic&quot; muss ein String sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="93"/>
        <source>&quot;partition&quot; must be a whole number, 0 or more</source>
        <translation>&quot;partition&quot; muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="97"/>
        <source>&quot;key&quot; must be a string or null</source>
        <translation>&quot;key&quot; muss ein String oder null sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="99"/>
        <source>the record has no &quot;value&quot;</source>
        <translation>der Record hat kein &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="105"/>
        <source>each header must be {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</source>
        <translation>jeder Header muss {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;} sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="114"/>
        <source>&quot;headers&quot; must be a list or an object</source>
        <translation>&quot;headers&quot; muss eine Liste oder ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="119"/>
        <source>&quot;acks&quot; must be 0, 1 or &quot;all&quot;</source>
        <translation>&quot;acks&quot; muss 0, 1 oder &quot;all&quot; sein</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="139"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>ungültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="140"/>
        <source>invalid JSON: expected an object or an array</source>
        <translation>ungültiges JSON: Objekt oder Array erwartet</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="32"/>
        <source>Replaying</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="53"/>
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
    <name>StateText</name>
    <message>
        <location filename="../ui/state_text.cpp" line="23"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="24"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="25"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="27"/>
        <source>registering</source>
        <translation>registriert sich</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="28"/>
        <source>fenced</source>
        <translation>abgeschirmt</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="29"/>
        <source>unfenced</source>
        <translation>nicht abgeschirmt</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="30"/>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="31"/>
        <source>unregistered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="33"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="34"/>
        <source>follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="35"/>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="36"/>
        <source>prospective</source>
        <translation>Anwärter (Pre-Vote)</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="37"/>
        <source>unattached</source>
        <translation>ungebunden</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="39"/>
        <source>standalone</source>
        <translation>eigenständig</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="40"/>
        <source>finding coordinator</source>
        <translation>sucht Koordinator</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="41"/>
        <source>unjoined</source>
        <translation>nicht beigetreten</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="42"/>
        <source>joining</source>
        <translation>tritt bei</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="43"/>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="44"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="45"/>
        <source>rejoin pending</source>
        <translation>Wiederbeitritt ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="47"/>
        <source>polling</source>
        <translation>pollt</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="48"/>
        <source>processing</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="49"/>
        <source>committing</source>
        <translation>committet</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="50"/>
        <source>closing</source>
        <translation>schließt</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="51"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="52"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="62"/>
        <location filename="../ui/state_text.cpp" line="70"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;führt %5 der %6 gezeigten Replikate · %7 Bytes auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="82"/>
        <source>, isolated from every other node</source>
        <translation>, von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="83"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>, der Controller des Clusters (über ZooKeeper gewählt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="87"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;hält außerdem %n Replikat interner Topics (__consumer_offsets), nicht gezeichnet</numerusform>
            <numerusform>&lt;br&gt;hält außerdem %n Replikate interner Topics (__consumer_offsets), nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="90"/>
        <source>&lt;br&gt;&lt;b&gt;Slow follower&lt;/b&gt;: its replica fetchers wait %1 between fetches</source>
        <translation>&lt;br&gt;&lt;b&gt;Langsamer Follower&lt;/b&gt;: seine Replika-Fetcher warten %1 zwischen Fetches</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="92"/>
        <source>&lt;br&gt;&lt;b&gt;Log dir offline&lt;/b&gt; (disk full): its replicas are offline until a restart</source>
        <translation>&lt;br&gt;&lt;b&gt;Log-Verzeichnis offline&lt;/b&gt; (Platte voll): seine Replikate sind bis zu einem Neustart offline</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="93"/>
        <source>&lt;br&gt;&lt;b&gt;Disk full&lt;/b&gt;: its next write fails</source>
        <translation>&lt;br&gt;&lt;b&gt;Platte voll&lt;/b&gt;: sein nächster Schreibvorgang schlägt fehl</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="96"/>
        <source>&lt;br&gt;the active controller sees it as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;der aktive Controller sieht ihn als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="97"/>
        <source>, last heartbeat %1 ago</source>
        <translation>, letzter Heartbeat vor %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="135"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source> · ISOLATED</source>
        <translation> · ISOLIERT</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="139"/>
        <source>LOG DIR OFFLINE</source>
        <translation>LOG-VERZ. OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="140"/>
        <source>DISK FULL</source>
        <translation>PLATTE VOLL</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="141"/>
        <source>SLOW FOLLOWER</source>
        <translation>LANGSAMER FOLLOWER</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="147"/>
        <source>leads %1 of %2%3</source>
        <translation>führt %1 von %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="150"/>
        <source> · %1 internal</source>
        <translation> · %1 intern</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="155"/>
        <source>no replicas</source>
        <translation>keine Replikate</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="45"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Consumer, Knoten %2)%3&lt;br&gt;Prozess %4 · Mitglied %5 · %6&lt;br&gt;besitzt %7&lt;br&gt;Rückstand %8 · verarbeitet %9 · Commits %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source>, no group</source>
        <translation>, keine Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> in group %1, generation %2%3</source>
        <translation> in Gruppe %1, Generation %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> (group leader)</source>
        <translation> (Gruppen-Leader)</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="51"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <source>closed: left the group</source>
        <translation>geschlossen: hat die Gruppe verlassen</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="83"/>
        <location filename="../ui/topology/controller_item.cpp" line="67"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>idle: no partitions</source>
        <translation>untätig: keine Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="86"/>
        <source>%1 · lag %2</source>
        <translation>%1 · Rückstand %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="26"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3, Quorum-Rolle %4 in Epoche %5%6&lt;br&gt;kennt sein Log als festgeschrieben bis Offset %7 · hält %8 Einträge%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="32"/>
        <source>, the ACTIVE controller</source>
        <translation>, der AKTIVE Controller</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="35"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>active leader</source>
        <translation>aktiver Leader</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="72"/>
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
        <location filename="../ui/topology/topology_scene.cpp" line="32"/>
        <source>background producer off</source>
        <translation>Hintergrund-Producer aus</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
        <source>waiting for topic %1</source>
        <translation>wartet auf Topic %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="37"/>
        <source>auto: %1 rec/s → %2</source>
        <translation>auto: %1 Rec/s → %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation>ZooKeeper-Ensemble · der Controller ist Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="86"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation>KRaft-Controller-Quorum · Metadaten festgeschrieben bis Offset %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="222"/>
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
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="40"/>
        <source>produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="41"/>
        <source>fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="42"/>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="43"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="44"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="153"/>
        <source>%n in flight</source>
        <translation>
            <numerusform>%n unterwegs</numerusform>
            <numerusform>%n unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="156"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="157"/>
        <source>%1 +%2 more</source>
        <translation>%1 +%2 weitere</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="175"/>
        <source>&lt;br&gt;%1 and %n other partition(s)</source>
        <translation>
            <numerusform>&lt;br&gt;%1 und %n weitere Partition</numerusform>
            <numerusform>&lt;br&gt;%1 und %n weitere Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="177"/>
        <source>&lt;br&gt;partition %1</source>
        <translation>&lt;br&gt;Partition %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="178"/>
        <source>&lt;br&gt;sent at %1, &lt;b&gt;lost&lt;/b&gt;: the link drops it</source>
        <translation>&lt;br&gt;gesendet um %1, &lt;b&gt;verloren&lt;/b&gt;: die Verbindung verwirft sie</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="179"/>
        <source>&lt;br&gt;sent at %1, arrives at %2</source>
        <translation>&lt;br&gt;gesendet um %1, kommt an um %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="187"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %n in flight</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %n unterwegs</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %n unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="190"/>
        <source>&lt;br&gt;%1: %2/s</source>
        <translation>&lt;br&gt;%1: %2/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="191"/>
        <source>, %n lost</source>
        <translation>
            <numerusform>, %n verloren</numerusform>
            <numerusform>, %n verloren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages on the wire</source>
        <translation>Nachrichten auf der Leitung</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="225"/>
        <source>lost</source>
        <translation>verloren</translation>
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
        <location filename="../engine/broker/broker.cpp" line="106"/>
        <source>broker %1 starting, registering with the controller</source>
        <translation>Broker %1 startet und registriert sich beim Controller</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="143"/>
        <source>broker %1 registered with broker epoch %2; fenced until it catches up with the metadata log</source>
        <translation>Broker %1 registriert mit Broker-Epoche %2; abgeschirmt (fenced), bis er das Metadaten-Log eingeholt hat</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="286"/>
        <source>broker %1: the controller no longer knows broker epoch %2; registering again</source>
        <translation>Broker %1: der Controller kennt die Broker-Epoche %2 nicht mehr; registriert sich erneut</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="296"/>
        <source>broker %1 is unfenced and serving</source>
        <translation>Broker %1 ist nicht mehr abgeschirmt (unfenced) und bedient Anfragen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="341"/>
        <source>broker %1 was behind the metadata log start (its image ends at offset %2); loaded snapshot %3 from controller %4 into its metadata image</source>
        <translation>Broker %1 lag vor dem Anfang des Metadaten-Logs (sein Image endet bei Offset %2); hat Snapshot %3 von Controller %4 in sein Metadaten-Image geladen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="434"/>
        <source>broker %1: %2 leader at epoch %3 (LEO %4, HW %5, ISR %6)</source>
        <translation>Broker %1: %2 Leader in Epoche %3 (LEO %4, HW %5, ISR %6)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="453"/>
        <source>broker %1: %2 has no leader (epoch %3); waiting</source>
        <translation>Broker %1: %2 hat keinen Leader (Epoche %3); wartet</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="459"/>
        <source>broker %1: %2 follows leader %3 at epoch %4</source>
        <translation>Broker %1: %2 folgt Leader %3 in Epoche %4</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="473"/>
        <source>broker %1: %2 deleted (its topic is gone)</source>
        <translation>Broker %1: %2 gelöscht (sein Topic existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="474"/>
        <source>broker %1: %2 replica removed and its log deleted</source>
        <translation>Broker %1: Replikat von %2 entfernt und sein Log gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="736"/>
        <source>broker %1 caught up to offset %2</source>
        <translation>Broker %1 hat bis Offset %2 aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="800"/>
        <source>brokers %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 länger als replica.lag.time.max.ms (%2) nicht aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="801"/>
        <source>broker %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 länger als replica.lag.time.max.ms (%2) nicht aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="809"/>
        <source>broker %1: %2 ISR expand %3 → %4 proposed: %5</source>
        <translation>Broker %1: %2 ISR-Erweiterung %3 → %4 vorgeschlagen: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="810"/>
        <source>broker %1: %2 ISR shrink %3 → %4 proposed: %5</source>
        <translation>Broker %1: %2 ISR-Verkleinerung %3 → %4 vorgeschlagen: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="845"/>
        <source>broker %1: %2 ISR change rejected by the controller: %3</source>
        <translation>Broker %1: %2 ISR-Änderung vom Controller abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="906"/>
        <source>broker %1: %2 is behind the leader&apos;s log start offset %3; dropped %4 records</source>
        <translation>Broker %1: %2 liegt vor dem Log-Start-Offset %3 des Leaders; %4 Datensätze verworfen</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="943"/>
        <source>the leader has no record of epoch %1; truncating to the HW</source>
        <translation>der Leader kennt Epoche %1 nicht; kürzt auf die HW</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="947"/>
        <source>diverged from leader %1, whose epoch %2 ends at offset %3</source>
        <translation>weicht von Leader %1 ab, dessen Epoche %2 bei Offset %3 endet</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="955"/>
        <source>broker %1: %2 truncated %3 record (offset %4): %5</source>
        <translation>Broker %1: %2 hat %3 Datensatz gekürzt (Offset %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="956"/>
        <source>broker %1: %2 truncated %3 records (offsets %4): %5</source>
        <translation>Broker %1: %2 hat %3 Datensätze gekürzt (Offsets %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="995"/>
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
        <location filename="../engine/runtime/runtime_worker.cpp" line="339"/>
        <location filename="../engine/scenario/runner.cpp" line="424"/>
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
        <location filename="../engine/client/consumer.cpp" line="159"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing, static member %4)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, kooperatives Rebalancing, statisches Mitglied %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="162"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, eager Rebalancing)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="164"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing)</source>
        <translation>abonniert [%1] in Gruppe %2 (Assignor %3, kooperatives Rebalancing)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="169"/>
        <source>reads every partition of [%1] (no group)</source>
        <translation>liest jede Partition von [%1] (keine Gruppe)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="175"/>
        <source>auto-commit every %1</source>
        <translation>Auto-Commit alle %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="179"/>
        <source>commits (async) after processing (at-least-once)</source>
        <translation>committet (asynchron) nach der Verarbeitung (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="181"/>
        <source>commits (async) before processing (at-most-once)</source>
        <translation>committet (asynchron) vor der Verarbeitung (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="183"/>
        <source>commits after processing (at-least-once)</source>
        <translation>committet nach der Verarbeitung (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="184"/>
        <source>commits before processing (at-most-once)</source>
        <translation>committet vor der Verarbeitung (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="187"/>
        <source>processing %1 per record</source>
        <translation>Verarbeitung %1 pro Datensatz</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="190"/>
        <source>consumer started: %1</source>
        <translation>Consumer gestartet: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="206"/>
        <source>FAILED: %1 (the application stops here)</source>
        <translation>FEHLGESCHLAGEN: %1 (die Anwendung hält hier an)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="226"/>
        <source>no heartbeat response within session.timeout.ms</source>
        <translation>keine Heartbeat-Antwort innerhalb von session.timeout.ms</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="231"/>
        <source>commitSync() gave up after default.api.timeout.ms (%1): TimeoutException</source>
        <translation>commitSync() gab nach default.api.timeout.ms (%1) auf: TimeoutException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="275"/>
        <source>group coordinator is broker %1</source>
        <translation>Gruppenkoordinator ist Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="281"/>
        <source>FindCoordinator: %1; retrying</source>
        <translation>FindCoordinator: %1; neuer Versuch</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="384"/>
        <source>poll() returned %1 record(s): %2</source>
        <translation>poll() lieferte %1 Datensatz/Datensätze: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="458"/>
        <source>no longer a member of generation it owned them in</source>
        <translation>nicht mehr Mitglied der Generation, in der es sie besaß</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="468"/>
        <source>eager rebalancing: every member gives up all its partitions before rejoining</source>
        <translation>eager Rebalancing: jedes Mitglied gibt vor dem erneuten Beitritt alle seine Partitionen ab</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="486"/>
        <source>lost its group coordinator (broker %1): %2; looking it up again</source>
        <translation>hat seinen Gruppenkoordinator verloren (Broker %1): %2; sucht ihn erneut</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="512"/>
        <source>async commit of %1 failed: the coordinator went away</source>
        <translation>asynchroner Commit von %1 fehlgeschlagen: der Koordinator ist weg</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="592"/>
        <source>rejoins (JoinGroup): %1</source>
        <translation>tritt erneut bei (JoinGroup): %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="613"/>
        <source>JoinGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>JoinGroup antwortete UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="617"/>
        <source>JoinGroup answered ILLEGAL_GENERATION</source>
        <translation>JoinGroup antwortete ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="620"/>
        <source>JoinGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>JoinGroup antwortete REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="626"/>
        <source>JoinGroup answered %1</source>
        <translation>JoinGroup antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="629"/>
        <source>JoinGroup failed with %1</source>
        <translation>JoinGroup fehlgeschlagen mit %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="670"/>
        <source>leader of generation %1: assigned with %2: %3</source>
        <translation>Leader der Generation %1: zugewiesen mit %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="689"/>
        <source>SyncGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>SyncGroup antwortete REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="693"/>
        <source>SyncGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>SyncGroup antwortete UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="697"/>
        <source>SyncGroup answered ILLEGAL_GENERATION</source>
        <translation>SyncGroup antwortete ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="704"/>
        <source>SyncGroup answered %1</source>
        <translation>SyncGroup antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="707"/>
        <source>SyncGroup failed with %1</source>
        <translation>SyncGroup fehlgeschlagen mit %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="723"/>
        <source>cooperative rebalancing: they move to another member</source>
        <translation>kooperatives Rebalancing: sie wechseln zu einem anderen Mitglied</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="730"/>
        <source>generation %1 of %2: owns %3</source>
        <translation>Generation %1 von %2: besitzt %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="733"/>
        <source>newly assigned %1</source>
        <translation>neu zugewiesen %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="734"/>
        <source>revoked %1</source>
        <translation>entzogen %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="737"/>
        <source>%1 (idle: the group has more consumers than partitions)</source>
        <translation>%1 (untätig: die Gruppe hat mehr Consumer als Partitionen)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="741"/>
        <source>revoked %1; rejoining so that they can be assigned elsewhere (cooperative, second round)</source>
        <translation>%1 entzogen; tritt erneut bei, damit sie anderswo zugewiesen werden können (kooperativ, zweite Runde)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="750"/>
        <location filename="../engine/client/consumer.cpp" line="1408"/>
        <source>the partition count of %1 changed</source>
        <translation>die Partitionsanzahl von %1 hat sich geändert</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="769"/>
        <source>lost %1: %2 (onPartitionsLost: nothing is committed for them)</source>
        <translation>%1 verloren: %2 (onPartitionsLost: für sie wird nichts committet)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="770"/>
        <source>revoked %1: %2</source>
        <translation>entzogen %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="799"/>
        <source>heartbeat answered REBALANCE_IN_PROGRESS: it rejoins at its next poll()</source>
        <translation>Heartbeat antwortete REBALANCE_IN_PROGRESS: er tritt bei seinem nächsten poll() erneut bei</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="801"/>
        <source>the group is rebalancing</source>
        <translation>die Gruppe führt ein Rebalancing durch</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="806"/>
        <source>heartbeat answered %1: it is no longer a member of generation %2; it rejoins</source>
        <translation>Heartbeat antwortete %1: er ist nicht mehr Mitglied der Generation %2; er tritt erneut bei</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="812"/>
        <source>FENCED_INSTANCE_ID: another consumer with group.instance.id %1 took its place</source>
        <translation>FENCED_INSTANCE_ID: ein anderer Consumer mit group.instance.id %1 hat seinen Platz eingenommen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="817"/>
        <source>heartbeat answered %1</source>
        <translation>Heartbeat antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="824"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); as a static member it sends no LeaveGroup (session.timeout.ms removes it). Processing a batch of up to max.poll.records takes too long.</source>
        <translation>Consumer-Poll-Timeout abgelaufen: %1 seit dem letzten poll(), mehr als max.poll.interval.ms (%2); als statisches Mitglied sendet er kein LeaveGroup (session.timeout.ms entfernt ihn). Die Verarbeitung eines Batches von bis zu max.poll.records dauert zu lange.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="828"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); it leaves the group. Processing a batch of up to max.poll.records takes too long.</source>
        <translation>Consumer-Poll-Timeout abgelaufen: %1 seit dem letzten poll(), mehr als max.poll.interval.ms (%2); er verlässt die Gruppe. Die Verarbeitung eines Batches von bis zu max.poll.records dauert zu lange.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="832"/>
        <source>consumer poll timeout has expired</source>
        <translation>das Poll-Timeout des Consumers ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="874"/>
        <source>no group, so no committed offset</source>
        <translation>keine Gruppe, also kein committeter Offset</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="876"/>
        <source>no committed offset and auto.offset.reset=none</source>
        <translation>kein committeter Offset und auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="907"/>
        <source>OffsetFetch answered %1</source>
        <translation>OffsetFetch antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="925"/>
        <source>no committed offset; auto.offset.reset=earliest</source>
        <translation>kein committeter Offset; auto.offset.reset=earliest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="928"/>
        <source>no committed offset; auto.offset.reset=latest</source>
        <translation>kein committeter Offset; auto.offset.reset=latest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="931"/>
        <source>no committed offset and auto.offset.reset=none (NoOffsetForPartitionException)</source>
        <translation>kein committeter Offset und auto.offset.reset=none (NoOffsetForPartitionException)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="933"/>
        <source>ERROR: %1 has no committed offset and auto.offset.reset=none: poll() throws NoOffsetForPartitionException; it reads nothing from %1 until a seek</source>
        <translation>FEHLER: %1 hat keinen committeten Offset und auto.offset.reset=none: poll() wirft NoOffsetForPartitionException; er liest nichts aus %1 bis zu einem seek</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="939"/>
        <source>resumes at the committed offsets: %1</source>
        <translation>setzt an den committeten Offsets fort: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1000"/>
        <source>no record at or after that time: to the end</source>
        <translation>kein Datensatz zu oder nach diesem Zeitpunkt: ans Ende</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1006"/>
        <source>%1 position set to offset %2 (%3)</source>
        <translation>%1 Position auf Offset %2 gesetzt (%3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1021"/>
        <source>commit of %1 failed: CommitFailedException (it is not a member of the group right now; another member may process these records again)</source>
        <translation>Commit von %1 fehlgeschlagen: CommitFailedException (er ist gerade kein Mitglied der Gruppe; ein anderes Mitglied verarbeitet diese Datensätze womöglich erneut)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1054"/>
        <source>commit of %1 failed: CommitFailedException</source>
        <translation>Commit von %1 fehlgeschlagen: CommitFailedException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1095"/>
        <location filename="../engine/group/group_coordinator.cpp" line="788"/>
        <source>committed %1</source>
        <translation>committet %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1102"/>
        <location filename="../engine/client/consumer.cpp" line="1116"/>
        <source>OffsetCommit answered %1</source>
        <translation>OffsetCommit antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1111"/>
        <source>commit of %1 failed: %2 (CommitFailedException: the group rebalanced; the partitions&apos; next owner starts from the last committed offset and processes these records again)</source>
        <translation>Commit von %1 fehlgeschlagen: %2 (CommitFailedException: die Gruppe hat ein Rebalancing durchgeführt; der nächste Besitzer der Partitionen beginnt beim letzten committeten Offset und verarbeitet diese Datensätze erneut)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1114"/>
        <source>commit of %1 failed: %2</source>
        <translation>Commit von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1123"/>
        <source>FENCED_INSTANCE_ID on commit</source>
        <translation>FENCED_INSTANCE_ID beim Commit</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1136"/>
        <source>the consumer is being closed</source>
        <translation>der Consumer wird geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1139"/>
        <source>closed (LeaveGroup sent: the group rebalances without it)</source>
        <translation>geschlossen (LeaveGroup gesendet: die Gruppe führt ohne ihn ein Rebalancing durch)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1141"/>
        <source>closed (a static member sends no LeaveGroup: its partitions wait for it until session.timeout.ms)</source>
        <translation>geschlossen (ein statisches Mitglied sendet kein LeaveGroup: seine Partitionen warten bis session.timeout.ms auf ihn)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1143"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1178"/>
        <location filename="../engine/client/consumer.cpp" line="1190"/>
        <location filename="../engine/cluster/cluster.cpp" line="189"/>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1179"/>
        <source>%1 has no group.id: there is nowhere to commit</source>
        <translation>%1 hat keine group.id: es gibt kein Ziel für den Commit</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1182"/>
        <source>%1 has no position to commit yet</source>
        <translation>%1 hat noch keine Position zum Committen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1183"/>
        <source>commitSync() of its positions %1 (a manual commit)</source>
        <translation>commitSync() seiner Positionen %1 (ein manueller Commit)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1191"/>
        <location filename="../engine/client/consumer.cpp" line="1206"/>
        <location filename="../engine/client/consumer.cpp" line="1214"/>
        <location filename="../engine/client/consumer.cpp" line="1222"/>
        <source>%1 is not assigned %2 (it owns %3)</source>
        <translation>%1 ist %2 nicht zugewiesen (es besitzt %3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1193"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="83"/>
        <source>an offset is 0 or more</source>
        <translation>ein Offset ist 0 oder größer</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1198"/>
        <source>seek(%1, %2): the next poll() reads from offset %2</source>
        <translation>seek(%1, %2): das nächste poll() liest ab Offset %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1208"/>
        <source>seekToBeginning</source>
        <translation>seekToBeginning</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1216"/>
        <source>seekToEnd</source>
        <translation>seekToEnd</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1225"/>
        <source>offsetsForTimes: the first record at or after %1</source>
        <translation>offsetsForTimes: der erste Datensatz zu oder nach %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1297"/>
        <source>%1: leader broker %2 sends it to broker %3, a replica in its rack %4 (fetch from follower, KIP-392)</source>
        <translation>%1: Leader-Broker %2 schickt ihn zu Broker %3, einem Replikat in seinem Rack %4 (Fetch vom Follower, KIP-392)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1308"/>
        <source>fetch of %1 from follower broker %2: %3; back to the leader</source>
        <translation>Fetch von %1 vom Follower-Broker %2: %3; zurück zum Leader</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1315"/>
        <source>offset %1 is out of range (log start %2, high watermark %3)</source>
        <translation>Offset %1 liegt außerhalb des Bereichs (Log-Start %2, High Watermark %3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1318"/>
        <source>%1 and auto.offset.reset=none</source>
        <translation>%1 und auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1319"/>
        <source>ERROR: %1: %2 and auto.offset.reset=none</source>
        <translation>FEHLER: %1: %2 und auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1325"/>
        <source>%1; auto.offset.reset=%2</source>
        <translation>%1; auto.offset.reset=%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1332"/>
        <source>fetch of %1 from broker %2: %3; refreshing metadata</source>
        <translation>Fetch von %1 von Broker %2: %3; Metadaten werden aktualisiert</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1405"/>
        <source>as the group leader it sees %1 now has %2 partition(s), not %3: it triggers a rebalance</source>
        <translation>als Gruppen-Leader sieht er, dass %1 jetzt %2 Partition(en) hat, nicht %3: er löst ein Rebalancing aus</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1423"/>
        <source>the connection to it closed</source>
        <translation>die Verbindung zu ihm wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1458"/>
        <source>a request to it timed out</source>
        <translation>eine Anfrage an ihn lief in ein Timeout</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="161"/>
        <source>%1: partition %2 of %3 does not exist (it has %4)</source>
        <translation>%1: Partition %2 von %3 existiert nicht (es hat %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="379"/>
        <source>%1: a batch of %2 records to %3 got MESSAGE_TOO_LARGE; splitting it in two and sending again</source>
        <translation>%1: ein Batch von %2 Datensätzen an %3 erhielt MESSAGE_TOO_LARGE; wird geteilt und erneut gesendet</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="395"/>
        <source>%1: %2 record(s) to %3 got %4; retrying in %5 (attempt %6)</source>
        <translation>%1: %2 Datensatz/Datensätze an %3 erhielten %4; neuer Versuch in %5 (Versuch %6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="443"/>
        <source>%1: %2 record(s) acked on %3 at offsets %4..%5 (acks=%6)</source>
        <translation>%1: %2 Datensatz/Datensätze auf %3 bestätigt, Offsets %4..%5 (acks=%6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="445"/>
        <source>%1: %2 record(s) acked on %3 (acks=0: no offset) (acks=%4)</source>
        <translation>%1: %2 Datensatz/Datensätze auf %3 bestätigt (acks=0: kein Offset) (acks=%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="451"/>
        <source>%1: %2 record(s) to %3 failed: %4</source>
        <translation>%1: %2 Datensatz/Datensätze an %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="487"/>
        <source>%1 closed: every record it was given has an outcome (%2 acked, %3 failed in all)</source>
        <translation>%1 geschlossen: jeder ihm übergebene Datensatz hat ein Ergebnis (insgesamt %2 bestätigt, %3 fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="516"/>
        <source>%1: %2 → %3 acked</source>
        <translation>%1: %2 → %3 bestätigt</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="518"/>
        <source>%1: %2 → %3 acked (%4)</source>
        <translation>%1: %2 → %3 bestätigt (%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="520"/>
        <source>%1 failed with %2</source>
        <translation>%1 fehlgeschlagen mit %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="61"/>
        <source>INVARIANT VIOLATED: %1: %2</source>
        <translation>INVARIANTE VERLETZT: %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="65"/>
        <source>%1: the unclean leader happens to hold every acknowledged acks=all record</source>
        <translation>%1: der unsaubere (unclean) Leader hat zufällig jeden bestätigten acks=all-Datensatz</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="68"/>
        <source>%1: the unclean election lost %2 acknowledged acks=all record(s), offsets %3..%4</source>
        <translation>%1: die unsaubere (unclean) Wahl hat %2 bestätigte acks=all-Datensätze verloren, Offsets %3..%4</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="133"/>
        <source>node %1 (broker+controller)</source>
        <translation>Knoten %1 (Broker+Controller)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="134"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="135"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="136"/>
        <source>zookeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="140"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="141"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="170"/>
        <location filename="../engine/cluster/cluster.cpp" line="180"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="38"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="51"/>
        <location filename="../engine/scenario/runner.cpp" line="528"/>
        <source>there is no broker %1 (brokers are 1..%2)</source>
        <translation>es gibt keinen Broker %1 (die Broker sind 1..%2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="171"/>
        <source>broker %1 is already stopped</source>
        <translation>Broker %1 ist bereits gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="172"/>
        <source>%1 killed (a crash: its log on disk survives)</source>
        <translation>%1 abgeschossen (ein Absturz: sein Log auf der Platte bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="181"/>
        <source>broker %1 is running; kill it first</source>
        <translation>Broker %1 läuft; beende ihn zuerst (kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="182"/>
        <location filename="../engine/cluster/cluster.cpp" line="223"/>
        <source>%1 restarted</source>
        <translation>%1 neu gestartet</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="188"/>
        <location filename="../engine/cluster/cluster.cpp" line="199"/>
        <location filename="../engine/cluster/cluster.cpp" line="229"/>
        <location filename="../engine/cluster/cluster.cpp" line="230"/>
        <location filename="../engine/cluster/cluster.cpp" line="242"/>
        <location filename="../engine/cluster/cluster.cpp" line="243"/>
        <location filename="../engine/cluster/cluster.cpp" line="254"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="22"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="23"/>
        <source>there is no node %1</source>
        <translation>es gibt keinen Knoten %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="190"/>
        <source>%1 paused (like a long GC pause: it holds what it receives)</source>
        <translation>%1 angehalten (wie eine lange GC-Pause: er behält, was er empfängt)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="200"/>
        <source>%1 is not paused</source>
        <translation>%1 ist nicht pausiert</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="201"/>
        <source>%1 resumed</source>
        <translation>%1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no ZooKeeper node %1</source>
        <translation>es gibt keinen ZooKeeper-Knoten %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no controller %1</source>
        <translation>es gibt keinen Controller %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="211"/>
        <source>%1 is already stopped</source>
        <translation>%1 ist bereits gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="212"/>
        <source>%1 killed (its log on disk survives)</source>
        <translation>%1 abgeschossen (sein Log auf der Platte bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="222"/>
        <source>%1 is running; kill it first</source>
        <translation>%1 läuft; beende ihn zuerst (kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="231"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="24"/>
        <source>a link needs two different nodes</source>
        <translation>eine Verbindung braucht zwei verschiedene Knoten</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 ⇹ %2 cut</source>
        <translation>Verbindung %1 ⇹ %2 getrennt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 → %2 cut (one way: %2 can still reach %1)</source>
        <translation>Verbindung %1 → %2 getrennt (in eine Richtung: %2 erreicht %1 weiterhin)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="248"/>
        <source>link %1 ⇹ %2 healed</source>
        <translation>Verbindung %1 ⇹ %2 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="257"/>
        <source>%1 isolated from every other node</source>
        <translation>%1 von allen anderen Knoten isoliert</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="266"/>
        <source>every link healed</source>
        <translation>alle Verbindungen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="285"/>
        <source>no answer from the controller within default.api.timeout.ms (60000 ms)</source>
        <translation>keine Antwort vom Controller innerhalb von default.api.timeout.ms (60000 ms)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="336"/>
        <source>broker %1 added to the cluster</source>
        <translation>Broker %1 zum Cluster hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="354"/>
        <source>broker %1 is being decommissioned: moving its %2 replica(s) to other brokers</source>
        <translation>Broker %1 wird stillgelegt: seine %2 Replikat(e) werden auf andere Broker verschoben</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="365"/>
        <source>no live broker outside %1 can take %2&apos;s replica</source>
        <translation>kein laufender Broker außerhalb von %1 kann das Replikat von %2 übernehmen</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="30"/>
        <source>a consumer needs a name (its client.id)</source>
        <translation>ein Consumer braucht einen Namen (seine client.id)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="36"/>
        <source>consumer %1 already exists; remove or kill it first</source>
        <translation>Consumer %1 existiert bereits; entferne oder beende ihn zuerst (remove oder kill)</translation>
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
        <location filename="../engine/cluster/cluster_consumers.cpp" line="59"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="76"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="94"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="106"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="115"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="127"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="288"/>
        <source>there is no consumer %1</source>
        <translation>es gibt keinen Consumer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="61"/>
        <source>consumer %1 is not running (it was killed)</source>
        <translation>Consumer %1 läuft nicht (er wurde beendet)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="63"/>
        <source>consumer %1 is paused; resume it first</source>
        <translation>Consumer %1 ist pausiert; setze ihn zuerst fort (resume)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="65"/>
        <source>consumer %1 is already closed</source>
        <translation>Consumer %1 ist bereits geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="67"/>
        <source>consumer %1 closing (close(): it finishes its batch, commits, and leaves the group)</source>
        <translation>Consumer %1 wird geschlossen (close(): er beendet seinen Batch, committet und verlässt die Gruppe)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="78"/>
        <source>consumer %1 is already stopped</source>
        <translation>Consumer %1 ist bereits gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="81"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup; the coordinator notices after session.timeout.ms (%2))</source>
        <translation>Consumer %1 abgeschossen (ein Absturz: kein Commit, kein LeaveGroup; der Koordinator bemerkt es nach session.timeout.ms (%2))</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="85"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup)</source>
        <translation>Consumer %1 abgeschossen (ein Absturz: kein Commit, kein LeaveGroup)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="95"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="117"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="129"/>
        <source>consumer %1 is not running</source>
        <translation>Consumer %1 läuft nicht</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="97"/>
        <source>consumer %1 paused (like a long GC pause: no poll, no heartbeat, no processing)</source>
        <translation>Consumer %1 angehalten (wie eine lange GC-Pause: kein poll, kein Heartbeat, keine Verarbeitung)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="107"/>
        <source>consumer %1 is not paused</source>
        <translation>Consumer %1 ist nicht pausiert</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="108"/>
        <source>consumer %1 resumed</source>
        <translation>Consumer %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="119"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="131"/>
        <source>consumer %1 is paused</source>
        <translation>Consumer %1 ist pausiert</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="136"/>
        <source>%1 ends at offset %2; a seek goes to %2 at most</source>
        <translation>%1 endet bei Offset %2; ein seek geht höchstens bis %2</translation>
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
        <location filename="../engine/cluster/cluster_faults.cpp" line="39"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="52"/>
        <source>broker %1 is stopped</source>
        <translation>Broker %1 ist gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="40"/>
        <source>the delay cannot be negative</source>
        <translation>die Verzögerung kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="42"/>
        <source>broker %1 is a slow follower: its replica fetchers wait %2 between fetches</source>
        <translation>Broker %1 ist ein langsamer Follower: seine Replica-Fetcher warten %2 zwischen den Fetches</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="44"/>
        <source>broker %1&apos;s replica fetchers are back to normal</source>
        <translation>die Replica-Fetcher von Broker %1 arbeiten wieder normal</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="53"/>
        <source>broker %1&apos;s disk is already full</source>
        <translation>die Festplatte von Broker %1 ist bereits voll</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="55"/>
        <source>broker %1&apos;s disk is full: its next write fails (a restart after freeing space heals it)</source>
        <translation>die Platte von Broker %1 ist voll: sein nächster Schreibvorgang schlägt fehl (ein Neustart nach dem Freigeben von Platz heilt es)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="116"/>
        <source>%1 bytes of records since the last one (metadata.log.max.record.bytes.between.snapshots=%2)</source>
        <translation>%1 Bytes an Datensätzen seit dem letzten (metadata.log.max.record.bytes.between.snapshots=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="119"/>
        <source>%1 since the last one (metadata.log.max.snapshot.interval.ms=%2)</source>
        <translation>%1 seit dem letzten (metadata.log.max.snapshot.interval.ms=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="125"/>
        <source>controller %1 wrote metadata snapshot at offset %2 (epoch %3), %4; its metadata log now starts at %5</source>
        <translation>Controller %1 hat einen Metadaten-Snapshot bei Offset %2 (Epoche %3) geschrieben, %4; sein Metadaten-Log beginnt jetzt bei %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="139"/>
        <source>controller %1 was behind the log start of quorum leader %2; loaded snapshot %3 (FetchSnapshot) and fetches the records after it</source>
        <translation>Controller %1 lag vor dem Log-Start von Quorum-Leader %2; hat Snapshot %3 geladen (FetchSnapshot) und holt die Datensätze danach</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="151"/>
        <source>controller %1 is the active controller (epoch %2)</source>
        <translation>Controller %1 ist der aktive Controller (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="157"/>
        <source>controller %1 is no longer the active controller</source>
        <translation>Controller %1 ist nicht mehr der aktive Controller</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="162"/>
        <source>the controller lost its leadership before the change was committed</source>
        <translation>der Controller hat seine Führung verloren, bevor die Änderung committet war</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="180"/>
        <source>metadata log @%1 committed: %2</source>
        <translation>Metadaten-Log @%1 committet: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="245"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4, leader moves to broker %5</source>
        <translation>Controller %1: %2 Neuzuweisung abgeschlossen: Replikate %3 → %4, Leader wechselt zu Broker %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="248"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4</source>
        <translation>Controller %1: %2 Neuzuweisung abgeschlossen: Replikate %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="260"/>
        <location filename="../engine/controller/controller.cpp" line="323"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="521"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="573"/>
        <source>Partition %1 does not exist.</source>
        <translation>Partition %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="263"/>
        <source>broker %1 is already the preferred leader of %2</source>
        <translation>Broker %1 ist bereits der bevorzugte Leader von %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="267"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR %2</source>
        <translation>der bevorzugte Leader, Broker %1, läuft nicht oder ist nicht im ISR %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="273"/>
        <source>controller %1: preferred leader election for %2</source>
        <translation>Controller %1: Wahl des bevorzugten Leaders für %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="299"/>
        <source>controller %1: broker %2 leads only %3 of the %4 partitions it is preferred for (over leader.imbalance.per.broker.percentage %5%) → preferred leader election</source>
        <translation>Controller %1: Broker %2 führt nur %3 der %4 Partitionen, für die er bevorzugt ist (über leader.imbalance.per.broker.percentage %5%) → Wahl des bevorzugten Leaders</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="326"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="578"/>
        <source>a reassignment of %1 is already running</source>
        <translation>eine Neuzuweisung von %1 läuft bereits</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="329"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="581"/>
        <source>the new replica list is empty</source>
        <translation>die neue Replikatliste ist leer</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="333"/>
        <location filename="../engine/controller/controller.cpp" line="380"/>
        <source>broker %1 is not registered</source>
        <translation>Broker %1 ist nicht registriert</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="337"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="586"/>
        <source>broker %1 is listed twice</source>
        <translation>Broker %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="360"/>
        <source>controller %1: reassigning %2 %3 → %4</source>
        <translation>Controller %1: weist %2 neu zu %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="362"/>
        <source>controller %1: reassigning %2 %3 → %4: adding %5 must catch up and join the ISR first</source>
        <translation>Controller %1: weist %2 neu zu %3 → %4: die hinzukommenden %5 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="385"/>
        <source>controller %1: broker %2 unregistered (UnregisterBrokerRecord) → no longer part of the cluster</source>
        <translation>Controller %1: Broker %2 abgemeldet (UnregisterBrokerRecord) → gehört nicht mehr zum Cluster</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="400"/>
        <source>re-registered after a restart</source>
        <translation>hat sich nach einem Neustart erneut registriert</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="418"/>
        <source>controller %1: broker %2 reports an offline log dir in its heartbeat → its replicas are offline</source>
        <translation>Controller %1: Broker %2 meldet in seinem Heartbeat ein Offline-Log-Verzeichnis → seine Replikate sind offline</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="427"/>
        <source>controller %1: broker %2 caught up with the metadata log → unfenced</source>
        <translation>Controller %1: Broker %2 hat das Metadaten-Log eingeholt → nicht mehr abgeschirmt (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="441"/>
        <source>missed heartbeats for %1 (broker.session.timeout.ms %2)</source>
        <translation>hat %1 lang keine Heartbeats gesendet (broker.session.timeout.ms %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="448"/>
        <source>controller %1: broker %2 %3 → fenced</source>
        <translation>Controller %1: Broker %2 %3 → abgeschirmt (fenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="532"/>
        <source>controller %1: %2 is offline: no in-sync replica is alive (leader epoch %3)</source>
        <translation>Controller %1: %2 ist offline: kein In-Sync-Replikat lebt (Leader-Epoche %3)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="535"/>
        <source>controller %1: %2: new leader broker %3 (epoch %4)</source>
        <translation>Controller %1: %2: neuer Leader Broker %3 (Epoche %4)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="538"/>
        <source>%1 by UNCLEAN election: records only the old ISR had are lost</source>
        <translation>%1 durch UNSAUBERE (unclean) Wahl: Datensätze, die nur der alte ISR hatte, sind verloren</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="540"/>
        <source>%1, ISR %2 → %3</source>
        <translation>%1, ISR %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="543"/>
        <source>controller %1: %2 ISR %3 → %4</source>
        <translation>Controller %1: %2 ISR %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="544"/>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>controller %1: %2</source>
        <translation>Controller %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="605"/>
        <source>controller %1: %2 ISR %3 → %4 (asked by leader %5)</source>
        <translation>Controller %1: %2 ISR %3 → %4 (angefragt von Leader %5)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="642"/>
        <source>controller %1: created topic %2 with %3 partition(s), replication factor %4</source>
        <translation>Controller %1: Topic %2 mit %3 Partition(en) angelegt, Replikationsfaktor %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="656"/>
        <location filename="../engine/controller/controller.cpp" line="671"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="477"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="494"/>
        <source>Topic &apos;%1&apos; does not exist.</source>
        <translation>Topic &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="658"/>
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
        <location filename="../engine/scenario/runner.cpp" line="170"/>
        <source>missing %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="176"/>
        <source>unexpected &apos;%1&apos;; usage: %2</source>
        <translation>unerwartetes &apos;%1&apos;; Verwendung: %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="187"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes none)</source>
        <translation>unbekannte Option &apos;%1&apos; für &apos;%2&apos; (es nimmt keine)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="188"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes %3)</source>
        <translation>unbekannte Option &apos;%1&apos; für &apos;%2&apos; (es nimmt %3)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="194"/>
        <location filename="../engine/scenario/runner.cpp" line="225"/>
        <source>no cluster yet: start the scenario with a &apos;cluster&apos; command, e.g. &apos;cluster brokers=3&apos;</source>
        <translation>noch kein Cluster: beginne das Szenario mit einem &apos;cluster&apos;-Befehl, z. B. &apos;cluster brokers=3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="201"/>
        <source>&apos;%1&apos; is not a node id</source>
        <translation>&apos;%1&apos; ist keine Knoten-ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="212"/>
        <source>&apos;%1&apos; is neither a node id nor a consumer&apos;s or producer&apos;s name</source>
        <translation>&apos;%1&apos; ist weder eine Knoten-ID noch der Name eines Consumers oder Producers</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="222"/>
        <source>a command must start with a word, e.g. &apos;cluster&apos;, &apos;topic&apos;, &apos;produce&apos;</source>
        <translation>ein Befehl muss mit einem Wort beginnen, z. B. &apos;cluster&apos;, &apos;topic&apos;, &apos;produce&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="243"/>
        <source>unknown command &apos;%1&apos; (commands: cluster, config, topic, produce, producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, expect, print)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: cluster, config, topic, produce, producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, expect, print)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="252"/>
        <source>the cluster is already defined; a scenario has one &apos;cluster&apos; command, at the start</source>
        <translation>der Cluster ist bereits definiert; ein Szenario hat einen &apos;cluster&apos;-Befehl, am Anfang</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="261"/>
        <source>mode must be kraft or zookeeper, not &apos;%1&apos;</source>
        <translation>mode muss kraft oder zookeeper sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="266"/>
        <source>zookeepers= sizes the ZooKeeper ensemble: it needs mode=zookeeper</source>
        <translation>zookeepers= bestimmt die Größe des ZooKeeper-Ensembles: es braucht mode=zookeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="269"/>
        <source>zookeepers must be between 1 and 9, not %1</source>
        <translation>zookeepers muss zwischen 1 und 9 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="275"/>
        <source>brokers must be between 1 and 50, not %1</source>
        <translation>brokers muss zwischen 1 und 50 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="281"/>
        <source>controllers must be between 1 and 9, not %1</source>
        <translation>controllers muss zwischen 1 und 9 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="288"/>
        <source>process.roles is a KRaft config: it needs mode=kraft</source>
        <translation>process.roles ist eine KRaft-Konfiguration: es braucht mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="290"/>
        <source>process.roles on the cluster line must be broker,controller (combined mode), not &apos;%1&apos;; without it brokers and controllers are separate processes</source>
        <translation>process.roles in der cluster-Zeile muss broker,controller sein (kombinierter Modus), nicht &apos;%1&apos;; ohne es sind Broker und Controller getrennte Prozesse</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="294"/>
        <source>process.roles=broker,controller makes brokers 1..%1 the controllers: controllers (%1) cannot exceed brokers (%2)</source>
        <translation>process.roles=broker,controller macht die Broker 1..%1 zu den Controllern: controllers (%1) darf brokers (%2) nicht übersteigen</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="304"/>
        <source>ZooKeeper-mode cluster (Kafka&apos;s architecture before 4.0): %1 broker(s), a ZooKeeper ensemble of %2 from %3, seed %4</source>
        <translation>Cluster im ZooKeeper-Modus (Kafkas Architektur vor 4.0): %1 Broker, ein ZooKeeper-Ensemble aus %2 ab %3, Seed %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="308"/>
        <source>KRaft cluster in combined mode (process.roles=broker,controller): %1 broker(s), of which 1..%2 are the controllers too, seed %3</source>
        <translation>KRaft-Cluster im kombinierten Modus (process.roles=broker,controller): %1 Broker, davon sind 1..%2 auch die Controller, Seed %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="312"/>
        <source>KRaft cluster: %1 broker(s), %2 controller(s) from %3, seed %4</source>
        <translation>KRaft-Cluster: %1 Broker, %2 Controller ab %3, Seed %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="314"/>
        <source>the cluster did not become ready within 30s of simulated time</source>
        <translation>der Cluster wurde nicht innerhalb von 30 s simulierter Zeit bereit</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="317"/>
        <source>cluster ready: every broker is registered and a controller broker is elected</source>
        <translation>Cluster bereit: jeder Broker ist registriert und ein Controller-Broker ist gewählt</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="319"/>
        <source>cluster ready: every broker is registered and unfenced</source>
        <translation>Cluster bereit: jeder Broker ist registriert und nicht abgeschirmt (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="328"/>
        <source>%1 is a KRaft controller config: it needs mode=kraft</source>
        <translation>%1 ist eine KRaft-Controller-Konfiguration: es braucht mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="332"/>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="341"/>
        <source>expected &apos;config set KEY=VALUE [topic=NAME]&apos;</source>
        <translation>erwartet: &apos;config set KEY=VALUE [topic=NAME]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="352"/>
        <source>config set needs at least one KEY=VALUE</source>
        <translation>config set braucht mindestens ein KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="357"/>
        <source>&apos;create&apos; or &apos;delete&apos;</source>
        <translation>&apos;create&apos; oder &apos;delete&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="358"/>
        <location filename="../engine/scenario/runner.cpp" line="469"/>
        <source>topic name</source>
        <translation>Topic-Name</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="366"/>
        <source>expected &apos;topic create&apos; or &apos;topic delete&apos;, not &apos;topic %1&apos;</source>
        <translation>erwartet: &apos;topic create&apos; oder &apos;topic delete&apos;, nicht &apos;topic %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="386"/>
        <source>%1 failed: %2: %3</source>
        <translation>%1 fehlgeschlagen: %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="393"/>
        <source>add, remove or config</source>
        <translation>add, remove oder config</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="396"/>
        <location filename="../engine/scenario/runner.cpp" line="406"/>
        <source>the producer&apos;s name (its client.id)</source>
        <translation>der Name des Producers (seine client.id)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="413"/>
        <source>expected &apos;producer add&apos;, &apos;producer remove&apos; or &apos;producer config&apos;, not &apos;producer %1&apos;</source>
        <translation>erwartet: &apos;producer add&apos;, &apos;producer remove&apos; oder &apos;producer config&apos;, nicht &apos;producer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="416"/>
        <source>producer config needs at least one CONFIG=VALUE</source>
        <translation>producer config braucht mindestens ein CONFIG=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="431"/>
        <source>&apos;%1&apos; must be at least %2</source>
        <translation>&apos;%1&apos; muss mindestens %2 sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="446"/>
        <location filename="../engine/scenario/runner.cpp" line="489"/>
        <source>acks must be 0, 1 or all, not &apos;%1&apos;</source>
        <translation>acks muss 0, 1 oder all sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="450"/>
        <source>partitioner must be sticky (Kafka&apos;s default) or round-robin, not &apos;%1&apos;</source>
        <translation>partitioner muss sticky (Kafkas Standard) oder round-robin sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="454"/>
        <source>enable.idempotence=true is not simulated: Kafkascope&apos;s producers have no producer id or sequence numbers, so they behave as enable.idempotence=false</source>
        <translation>enable.idempotence=true wird nicht simuliert: die Producer von Kafkascope haben keine Producer-ID und keine Sequenznummern und verhalten sich daher wie mit enable.idempotence=false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="457"/>
        <source>enable.idempotence must be true or false, not &apos;%1&apos;</source>
        <translation>enable.idempotence muss true oder false sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="460"/>
        <source>unknown producer config &apos;%1&apos; (acks, linger.ms, batch.size, partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)</source>
        <translation>unbekannte Producer-Konfiguration &apos;%1&apos; (acks, linger.ms, batch.size, partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="481"/>
        <source>partition must be 0 or more, not %1</source>
        <translation>partition muss 0 oder größer sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="493"/>
        <source>count must be between 1 and 10000000, not %1</source>
        <translation>count muss zwischen 1 und 10000000 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="501"/>
        <source>a header is written key:value, with a key; &apos;%1&apos; is not</source>
        <translation>ein Header wird key:value geschrieben, mit einem Schlüssel; &apos;%1&apos; ist es nicht</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="512"/>
        <source>kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full</source>
        <translation>kill, restart, pause, resume, add, decommission, remove, slow, normal oder disk-full</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="520"/>
        <source>broker id</source>
        <translation>Broker-ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="525"/>
        <source>broker %1 was removed from the cluster (broker remove)</source>
        <translation>Broker %1 wurde aus dem Cluster entfernt (broker remove)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="534"/>
        <source>delay must be more than 0 (use &apos;broker normal %1&apos; to undo)</source>
        <translation>delay muss größer als 0 sein (mit &apos;broker normal %1&apos; rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="557"/>
        <source>expected broker kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full, not &apos;broker %1&apos;</source>
        <translation>erwartet: broker kill, restart, pause, resume, add, decommission, remove, slow, normal oder disk-full, nicht &apos;broker %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="567"/>
        <source>kill, restart, pause or resume</source>
        <translation>kill, restart, pause oder resume</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>ZooKeeper node id</source>
        <translation>ZooKeeper-Knoten-ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>controller id (or &apos;active&apos;)</source>
        <translation>Controller-ID (oder &apos;active&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="575"/>
        <source>there is no active controller right now</source>
        <translation>es gibt gerade keinen aktiven Controller</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="580"/>
        <source>&apos;controller %1 active&apos; is not a thing: use kill or pause with &apos;active&apos;</source>
        <translation>&apos;controller %1 active&apos; gibt es nicht: verwende kill oder pause mit &apos;active&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="589"/>
        <source>there is no ZooKeeper node %1 (they are numbered from %2)</source>
        <translation>es gibt keinen ZooKeeper-Knoten %1 (sie sind ab %2 nummeriert)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="591"/>
        <source>this cluster runs in KRaft mode: it has no ZooKeeper</source>
        <translation>dieser Cluster läuft im KRaft-Modus: er hat kein ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="593"/>
        <source>in ZooKeeper mode the controller is a broker: use &apos;broker kill N&apos;, &apos;controller kill active&apos; or &apos;zookeeper kill %1&apos;</source>
        <translation>im ZooKeeper-Modus ist der Controller ein Broker: verwende &apos;broker kill N&apos;, &apos;controller kill active&apos; oder &apos;zookeeper kill %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="597"/>
        <source>there is no controller %1 (controllers are numbered from %2)</source>
        <translation>es gibt keinen Controller %1 (Controller sind ab %2 nummeriert)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="604"/>
        <source>expected %1 kill, restart, pause or resume, not &apos;%1 %2&apos;</source>
        <translation>erwartet: %1 kill, restart, pause oder resume, nicht &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="610"/>
        <source>&apos;elect&apos;</source>
        <translation>&apos;elect&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="611"/>
        <source>&apos;preferred&apos;</source>
        <translation>&apos;preferred&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="612"/>
        <location filename="../engine/scenario/runner.cpp" line="622"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="66"/>
        <source>partition (TOPIC-P)</source>
        <translation>Partition (TOPIC-P)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="616"/>
        <source>expected &apos;leader elect preferred TOPIC-P&apos;</source>
        <translation>erwartet: &apos;leader elect preferred TOPIC-P&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="621"/>
        <source>&apos;reassign&apos;</source>
        <translation>&apos;reassign&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="625"/>
        <source>expected &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</source>
        <translation>erwartet: &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="628"/>
        <source>partition reassign needs replicas=[IDS], the brokers the partition moves to</source>
        <translation>partition reassign braucht replicas=[IDS], die Broker, zu denen die Partition wandert</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="641"/>
        <source>expected &apos;heal all&apos; (use &apos;link heal A B&apos; for one link)</source>
        <translation>erwartet: &apos;heal all&apos; (für eine Verbindung &apos;link heal A B&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="653"/>
        <source>cut, slow or heal</source>
        <translation>cut, slow oder heal</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="654"/>
        <source>first node id</source>
        <translation>erste Knoten-ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="655"/>
        <source>second node id</source>
        <translation>zweite Knoten-ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="659"/>
        <source>oneway must be true or false</source>
        <translation>oneway muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="668"/>
        <source>link slow needs latency=DURATION, the one-way delay of the slow link (e.g. latency=200ms)</source>
        <translation>link slow braucht latency=DURATION, die Verzögerung der langsamen Verbindung in eine Richtung (z. B. latency=200ms)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="676"/>
        <location filename="../engine/scenario/runner.cpp" line="700"/>
        <source>loss is a percentage from 0 to 100, not %1</source>
        <translation>loss ist ein Prozentsatz von 0 bis 100, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="685"/>
        <source>expected &apos;link cut&apos;, &apos;link slow&apos; or &apos;link heal&apos;, not &apos;link %1&apos;</source>
        <translation>erwartet: &apos;link cut&apos;, &apos;link slow&apos; oder &apos;link heal&apos;, nicht &apos;link %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="785"/>
        <source>what to expect (leader, hw, leo, isr, offline, online, controller, ...)</source>
        <translation>was erwartet wird (leader, hw, leo, isr, offline, online, controller, ...)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="792"/>
        <source>there is no partition %1</source>
        <translation>es gibt keine Partition %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="824"/>
        <source>there is no KRaft controller %1</source>
        <translation>es gibt keinen KRaft-Controller %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="836"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="221"/>
        <source>a list compares with == or != only</source>
        <translation>eine Liste vergleicht man nur mit == oder !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="860"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="271"/>
        <source>a state compares with == or != only</source>
        <translation>einen Zustand vergleicht man nur mit == oder !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="874"/>
        <source>there is no producer %1 (or it is closed)</source>
        <translation>es gibt keinen Producer %1 (oder er ist geschlossen)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="884"/>
        <source>an error name compares with == or != only</source>
        <translation>einen Fehlernamen vergleicht man nur mit == oder !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="895"/>
        <source>unknown expectation &apos;%1&apos; (leader, hw, leo, log-start, epoch, isr, replicas, offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, consumed)</source>
        <translation>unbekannte Erwartung &apos;%1&apos; (leader, hw, leo, log-start, epoch, isr, replicas, offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, consumed)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="903"/>
        <source>partitions, brokers, groups or controllers</source>
        <translation>partitions, brokers, groups oder controllers</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="959"/>
        <source>expected print partitions, brokers, groups or controllers, not &apos;print %1&apos;</source>
        <translation>erwartet: print partitions, brokers, groups oder controllers, nicht &apos;print %1&apos;</translation>
    </message>
    <message>
        <source>producer-1: %1</source>
        <translation type="vanished">producer-1: %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="705"/>
        <source>network: latency %1, jitter %2, loss %3%</source>
        <translation>Netzwerk: Latenz %1, Jitter %2, Verlust %3%</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="711"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="766"/>
        <source>chaos over: every node running, every link healed</source>
        <translation>Chaos vorbei: jeder Knoten läuft, jede Verbindung ist wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="40"/>
        <source>broker %1: its ZooKeeper session expired; opening a new one</source>
        <translation>Broker %1: seine ZooKeeper-Session ist abgelaufen; öffnet eine neue</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="50"/>
        <source>broker %1 saw /controller deleted → races to create it</source>
        <translation>Broker %1 sah /controller gelöscht → versucht als Erster, es anzulegen</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="25"/>
        <source>broker %1 starting, connecting to ZooKeeper</source>
        <translation>Broker %1 startet und verbindet sich mit ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="66"/>
        <source>broker %1 registered %2 (ephemeral)</source>
        <translation>Broker %1 hat %2 registriert (ephemeral)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="78"/>
        <source>broker %1: %2 still belongs to its previous session; retrying until that session expires</source>
        <translation>Broker %1: %2 gehört noch seiner vorigen Session; versucht es erneut, bis diese Session abläuft</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="127"/>
        <source>broker %1: StopReplica for %2 from controller broker %3 (delete)</source>
        <translation>Broker %1: StopReplica für %2 vom Controller-Broker %3 (löschen)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="128"/>
        <source>broker %1: StopReplica for %2 from controller broker %3</source>
        <translation>Broker %1: StopReplica für %2 vom Controller-Broker %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="211"/>
        <source>broker %1 created %2 to tell the controller</source>
        <translation>Broker %1 hat %2 angelegt, um den Controller zu informieren</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="212"/>
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
        <location filename="../engine/zookeeper/zk_controller.cpp" line="117"/>
        <source>is no longer the controller</source>
        <translation>ist nicht mehr der Controller</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="179"/>
        <source>loaded %1 live broker(s), %2 topic(s) and %3 partition state(s) from ZooKeeper in %4</source>
        <translation>hat %1 lebende Broker, %2 Topic(s) und %3 Partitionszustände in %4 aus ZooKeeper geladen</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <source>a replica is not alive</source>
        <translation>ein Replikat lebt nicht</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="314"/>
        <source>its leader is not alive</source>
        <translation>sein Leader lebt nicht</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="199"/>
        <source>%1: resuming its reassignment (adding %2, removing %3)</source>
        <translation>%1: setzt seine Neuzuweisung fort (hinzu %2, weg %3)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="223"/>
        <source>/brokers/ids/%1 is gone (its ZooKeeper session ended) → broker %1 is dead</source>
        <translation>/brokers/ids/%1 ist weg (seine ZooKeeper-Session endete) → Broker %1 ist tot</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="226"/>
        <source>/brokers/ids/%1 appeared → broker %1 is alive</source>
        <translation>/brokers/ids/%1 ist erschienen → Broker %1 lebt</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="432"/>
        <source>the controller is still loading</source>
        <translation>der Controller lädt noch</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="443"/>
        <source>creating topic %1 with %2 partition(s): writing /brokers/topics/%1 and one state znode per partition</source>
        <translation>legt Topic %1 mit %2 Partition(en) an: schreibt /brokers/topics/%1 und einen Zustands-Znode pro Partition</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="527"/>
        <source>broker %1 is already the preferred leader</source>
        <translation>Broker %1 ist bereits der bevorzugte Leader</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="533"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR</source>
        <translation>der bevorzugte Leader, Broker %1, läuft nicht oder ist nicht im ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="602"/>
        <source>broker %1 is not alive (live brokers %2)</source>
        <translation>Broker %1 läuft nicht (laufende Broker %2)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="607"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6, removing %7; %6 must catch up and join the ISR first</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, hinzu %6, weg %7; %6 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="610"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6; %6 must catch up and join the ISR first</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, hinzu %6; %6 müssen zuerst aufholen und dem ISR beitreten</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="613"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, removing %7</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5, weg %7</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="615"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5</source>
        <translation>weist %1 neu zu %2 → %3: schreibt /brokers/topics/%4 mit Replikaten %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="629"/>
        <source>could not write /brokers/topics/%1 (the topic is gone or another controller took over)</source>
        <translation>konnte /brokers/topics/%1 nicht schreiben (das Topic ist weg oder ein anderer Controller hat übernommen)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="632"/>
        <source>the reassignment could not be written to ZooKeeper</source>
        <translation>die Neuzuweisung konnte nicht in ZooKeeper geschrieben werden</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="679"/>
        <source>%1: every target replica %2 is in the ISR → leader moves to broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1: jedes Zielreplikat %2 ist im ISR → Leader wechselt zu Broker %3 (Epoche %4), ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="683"/>
        <source>%1: every target replica %2 is in the ISR → ISR %3; writing %4</source>
        <translation>%1: jedes Zielreplikat %2 ist im ISR → ISR %3; schreibt %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="709"/>
        <source>%1 reassignment done: replicas %2 → %3</source>
        <translation>%1 Neuzuweisung abgeschlossen: Replikate %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="710"/>
        <source>%1 reassignment done: replicas %2 → %3; StopReplica (delete) to broker(s) %4</source>
        <translation>%1 Neuzuweisung abgeschlossen: Replikate %2 → %3; StopReplica (löschen) an Broker %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>a replica died</source>
        <translation>ein Replikat ist gestorben</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>it has no leader</source>
        <translation>es hat keinen Leader</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="272"/>
        <source>%1 (%2): offline, no in-sync replica is alive, ISR %3; writing %4</source>
        <translation>%1 (%2): offline, kein In-Sync-Replikat lebt, ISR %3; schreibt %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="274"/>
        <source>%1 (%2): leader broker %3 (epoch %4) by UNCLEAN election, ISR %5; writing %6</source>
        <translation>%1 (%2): Leader Broker %3 (Epoche %4) durch UNSAUBERE (unclean) Wahl, ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="277"/>
        <source>%1 (%2): leader broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1 (%2): Leader Broker %3 (Epoche %4), ISR %5; schreibt %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="294"/>
        <source>could not write %1: %2 (the znode or /controller_epoch changed); reading it again</source>
        <translation>konnte %1 nicht schreiben: %2 (der Znode oder /controller_epoch hat sich geändert); liest ihn erneut</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="408"/>
        <source>%1 ISR %2 → %3 (asked by leader %4); writing %5</source>
        <translation>%1 ISR %2 → %3 (angefragt von Leader %4); schreibt %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="480"/>
        <source>deleting topic %1</source>
        <translation>löscht Topic %1</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="512"/>
        <source>configs changed</source>
        <translation>Konfigurationen geändert</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="540"/>
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
        <location filename="../engine/cluster/cluster_producers.cpp" line="37"/>
        <source>&apos;%1&apos; is already a consumer&apos;s client.id; give the producer another name</source>
        <translation>&apos;%1&apos; ist bereits die client.id eines Consumers; gib dem Producer einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="44"/>
        <source>producer %1 already exists (it is still closing)</source>
        <translation>Producer %1 existiert bereits (er wird noch geschlossen)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="45"/>
        <source>producer %1 already exists; remove it first or choose another name</source>
        <translation>Producer %1 existiert bereits; entferne ihn zuerst oder wähle einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="53"/>
        <source>the cluster already has %1 producers, the most it can hold</source>
        <translation>der Cluster hat bereits %1 Producer, mehr geht nicht</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="60"/>
        <source>producer %1 started again (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>Producer %1 erneut gestartet (Knoten %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="62"/>
        <source>producer %1 added (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>Producer %1 hinzugefügt (Knoten %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="73"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="89"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="101"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="341"/>
        <location filename="../engine/scenario/runner.cpp" line="419"/>
        <source>there is no producer %1</source>
        <translation>es gibt keinen Producer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="75"/>
        <source>producer %1 is already removed (closed)</source>
        <translation>Producer %1 ist bereits entfernt (geschlossen)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="76"/>
        <source>producer %1 is already closing</source>
        <translation>Producer %1 wird bereits geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="77"/>
        <source>producer %1 is paused; resume it first</source>
        <translation>Producer %1 ist pausiert; setze ihn zuerst fort (resume)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="80"/>
        <source>producer %1 closing (close(): it sends what it holds without waiting for linger.ms, and waits for %2 record(s) to be acknowledged or to fail)</source>
        <translation>Producer %1 wird geschlossen (close(): er sendet, was er hält, ohne linger.ms abzuwarten, und wartet, bis %2 Datensatz/Datensätze bestätigt oder fehlgeschlagen sind)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="104"/>
        <source>producer %1 is closed: it takes no more records (send() after close())</source>
        <translation>Producer %1 ist geschlossen: er nimmt keine Records mehr an (send() nach close())</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="34"/>
        <source>broker %1 was already removed from the cluster</source>
        <translation>Broker %1 wurde bereits aus dem Cluster entfernt</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="342"/>
        <location filename="../engine/cluster/cluster_membership.cpp" line="35"/>
        <location filename="../engine/scenario/runner.cpp" line="857"/>
        <source>there is no broker %1</source>
        <translation>es gibt keinen Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="37"/>
        <source>node %1 is a controller too (process.roles=broker,controller): removing it would change the controller quorum, which is not simulated</source>
        <translation>Knoten %1 ist auch ein Controller (process.roles=broker,controller): ihn zu entfernen würde das Controller-Quorum ändern, was nicht simuliert wird</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="46"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3 and %4 more; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>Broker %1 hält noch Replikate von %2 Partition(en): %3 und %4 weitere; verschiebe sie zuerst (&apos;partition reassign TOPIC-P [IDS]&apos; oder &apos;broker decommission %1&apos; für alle), dann entferne ihn</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="50"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>Broker %1 hält noch Replikate von %2 Partition(en): %3; verschiebe sie zuerst (&apos;partition reassign TOPIC-P [IDS]&apos; oder &apos;broker decommission %1&apos; für alle), dann entferne ihn</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="55"/>
        <source>broker %1 is the cluster&apos;s last broker</source>
        <translation>Broker %1 ist der letzte Broker des Clusters</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="58"/>
        <source>broker %1 shut down to be removed from the cluster (it hosts no replicas)</source>
        <translation>Broker %1 heruntergefahren, um aus dem Cluster entfernt zu werden (er hält keine Replikate)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="73"/>
        <source>broker %1 is stopped, but no controller broker saw its /brokers/ids znode go within %2; try &apos;broker remove %1&apos; again later</source>
        <translation>Broker %1 ist gestoppt, aber kein Controller-Broker hat innerhalb von %2 gesehen, dass sein /brokers/ids-znode verschwand; versuche &apos;broker remove %1&apos; später noch einmal</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="84"/>
        <source>broker %1 is stopped, but unregistering it failed: %2: %3</source>
        <translation>Broker %1 ist gestoppt, aber seine Abmeldung ist fehlgeschlagen: %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="89"/>
        <source>broker %1 removed from the cluster (its /brokers/ids znode is gone)</source>
        <translation>Broker %1 aus dem Cluster entfernt (sein /brokers/ids-Znode ist weg)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="91"/>
        <source>broker %1 removed from the cluster (unregistered by the controller)</source>
        <translation>Broker %1 aus dem Cluster entfernt (vom Controller abgemeldet)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="22"/>
        <source>choose a topic</source>
        <translation>wähle ein Topic</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="24"/>
        <source>a topic name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ein Topic-Name besteht nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="28"/>
        <source>a partition is 0 or more</source>
        <translation>eine Partition ist 0 oder größer</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="30"/>
        <source>the key has a line break; the command log keeps one line per record</source>
        <translation>der Key enthält einen Zeilenumbruch; das Befehlsprotokoll hält eine Zeile pro Record</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="33"/>
        <source>the value has a line break; the command log keeps one line per record (JSON is sent compact)</source>
        <translation>der Value enthält einen Zeilenumbruch; das Befehlsprotokoll hält eine Zeile pro Record (JSON wird kompakt gesendet)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="36"/>
        <source>acks is 0, 1 or all</source>
        <translation>acks ist 0, 1 oder all</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="40"/>
        <source>a header needs a key</source>
        <translation>ein Header braucht einen Key</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="42"/>
        <source>a header key cannot contain &apos;:&apos;</source>
        <translation>ein Header-Key darf kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="47"/>
        <source>a header key cannot contain , [ ] { } &quot; or a line break</source>
        <translation>ein Header-Key darf kein , [ ] { } &quot; und keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="49"/>
        <source>a header value cannot contain , [ ] { } &quot; or a line break</source>
        <translation>ein Header-Value darf kein , [ ] { } &quot; und keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="52"/>
        <source>a header key cannot start or end with a space</source>
        <translation>ein Header-Key darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="53"/>
        <source>a header value cannot start or end with a space</source>
        <translation>ein Header-Value darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="60"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="35"/>
        <source>a producer needs a name (its client.id)</source>
        <translation>ein Producer braucht einen Namen (seine client.id)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="62"/>
        <source>a producer&apos;s name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>der Name eines Producers besteht nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="92"/>
        <source>no partition %1</source>
        <translation>keine Partition %1</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="107"/>
        <source>no replica of %1 has a log</source>
        <translation>kein Replikat von %1 hat ein Log</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="129"/>
        <source>the setup commands did not build a cluster (start them with &apos;cluster&apos;)</source>
        <translation>die Setup-Befehle haben keinen Cluster aufgebaut (beginne sie mit &apos;cluster&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="249"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="255"/>
        <source>no cluster is running</source>
        <translation>es läuft kein Cluster</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="342"/>
        <source>producer %1 is closing: it takes no more records</source>
        <translation>Producer %1 wird geschlossen: er nimmt keine Records mehr an</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="81"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="90"/>
        <source>missing key name before &apos;=&apos; in &apos;%1&apos;</source>
        <translation>fehlender Schlüsselname vor &apos;=&apos; in &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="93"/>
        <source>unexpected word &apos;%1&apos; after key=value options (positional words come first; a value containing spaces must be quoted)</source>
        <translation>unerwartetes Wort &apos;%1&apos; nach key=value-Optionen (Positionswörter kommen zuerst; ein Wert mit Leerzeichen muss in Anführungszeichen stehen)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="105"/>
        <source>unexpected &apos;%1&apos; after the closing quote (expected a space)</source>
        <translation>unerwartetes &apos;%1&apos; nach dem schließenden Anführungszeichen (Leerzeichen erwartet)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="107"/>
        <source>unexpected &apos;%1&apos; after &apos;%2&apos; (expected a space)</source>
        <translation>unerwartetes &apos;%1&apos; nach &apos;%2&apos; (Leerzeichen erwartet)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="124"/>
        <source>unterminated quoted string (missing closing &apos;&quot;&apos;)</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen (schließendes &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="151"/>
        <source>unbalanced &apos;%1&apos;: nothing to close</source>
        <translation>unausgeglichenes &apos;%1&apos;: nichts zu schließen</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="153"/>
        <source>unbalanced &apos;%1&apos;: it does not match &apos;%2&apos; at column %3</source>
        <translation>unausgeglichenes &apos;%1&apos;: es passt nicht zu &apos;%2&apos; in Spalte %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="167"/>
        <source>unterminated string (missing closing &apos;&quot;&apos;)</source>
        <translation>nicht abgeschlossene Zeichenkette (schließendes &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="170"/>
        <source>unbalanced &apos;%1&apos;: missing &apos;%2&apos;</source>
        <translation>unausgeglichenes &apos;%1&apos;: &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="231"/>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: Fehler: %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="254"/>
        <source>invalid duration &apos;%1&apos;: durations cannot be negative</source>
        <translation>ungültige Dauer &apos;%1&apos;: Dauern können nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="274"/>
        <source>invalid duration &apos;%1&apos;: expected a duration such as 250ms, 5s, 2m, 1h or 100us</source>
        <translation>ungültige Dauer &apos;%1&apos;: erwartet wird eine Dauer wie 250ms, 5s, 2m, 1h oder 100us</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="280"/>
        <source>duration &apos;%1&apos; is too large</source>
        <translation>Dauer &apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="289"/>
        <source>invalid integer &apos;%1&apos;: expected a whole number</source>
        <translation>ungültige Ganzzahl &apos;%1&apos;: erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="293"/>
        <source>integer &apos;%1&apos; is out of range</source>
        <translation>Ganzzahl &apos;%1&apos; liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="300"/>
        <source>invalid partition &apos;%1&apos;: expected TOPIC-PARTITION such as orders-0</source>
        <translation>ungültige Partition &apos;%1&apos;: erwartet wird TOPIC-PARTITION wie orders-0</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="308"/>
        <source>invalid partition &apos;%1&apos;: &apos;%2&apos; is not a partition number (expected TOPIC-PARTITION such as orders-0)</source>
        <translation>ungültige Partition &apos;%1&apos;: &apos;%2&apos; ist keine Partitionsnummer (erwartet wird TOPIC-PARTITION wie orders-0)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="318"/>
        <source>invalid list &apos;%1&apos;: expected a list such as [a, b, c]</source>
        <translation>ungültige Liste &apos;%1&apos;: erwartet wird eine Liste wie [a, b, c]</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="328"/>
        <source>invalid list &apos;%1&apos;: empty element</source>
        <translation>ungültige Liste &apos;%1&apos;: leeres Element</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="330"/>
        <source>invalid list &apos;%1&apos;: lists cannot be nested</source>
        <translation>ungültige Liste &apos;%1&apos;: Listen können nicht verschachtelt werden</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="343"/>
        <source>invalid comparison operator &apos;%1&apos;: expected ==, !=, &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>ungültiger Vergleichsoperator &apos;%1&apos;: erwartet wird ==, !=, &lt;, &lt;=, &gt; oder &gt;=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="49"/>
        <source>add, remove, kill, pause, resume, commit or seek</source>
        <translation>add, remove, kill, pause, resume, commit oder seek</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="50"/>
        <source>consumer name (its client.id)</source>
        <translation>Consumer-Name (seine client.id)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="75"/>
        <source>offset, beginning or end</source>
        <translation>Offset, beginning oder end</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="90"/>
        <source>expected consumer add, remove, kill, pause, resume, commit or seek, not &apos;consumer %1&apos;</source>
        <translation>erwartet: consumer add, remove, kill, pause, resume, commit oder seek, nicht &apos;consumer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="98"/>
        <source>unknown consumer option &apos;%1&apos; (consumer add takes %2)</source>
        <translation>unbekannte Consumer-Option &apos;%1&apos; (consumer add nimmt %2)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="106"/>
        <source>%1 may not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="112"/>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="119"/>
        <source>%1 is true or false</source>
        <translation>%1 ist true oder false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="126"/>
        <source>topic= names at least one topic</source>
        <translation>topic= nennt mindestens ein Topic</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="134"/>
        <source>assign= names at least one partition</source>
        <translation>assign= nennt mindestens eine Partition</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="137"/>
        <source>consumer add needs topic=T (subscribe) or assign=[TOPIC-P, ...] (manual assignment)</source>
        <translation>consumer add braucht topic=T (subscribe) oder assign=[TOPIC-P, ...] (manuelle Zuweisung)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="144"/>
        <source>unknown assignor &apos;%1&apos; (range, roundrobin, sticky, cooperative-sticky)</source>
        <translation>unbekannter Assignor &apos;%1&apos; (range, roundrobin, sticky, cooperative-sticky)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="147"/>
        <source>assignor= names at least one assignor</source>
        <translation>assignor= nennt mindestens einen Assignor</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="150"/>
        <source>group.instance.id (static membership) needs group=G</source>
        <translation>group.instance.id (statische Mitgliedschaft) braucht group=G</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="167"/>
        <source>heartbeat.interval.ms must be lower than session.timeout.ms</source>
        <translation>heartbeat.interval.ms muss kleiner als session.timeout.ms sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="169"/>
        <source>heartbeat.interval.ms, max.poll.interval.ms and auto.commit.interval.ms must be positive</source>
        <translation>heartbeat.interval.ms, max.poll.interval.ms und auto.commit.interval.ms müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="175"/>
        <source>auto.offset.reset is earliest, latest or none, not &apos;%1&apos;</source>
        <translation>auto.offset.reset ist earliest, latest oder none, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="183"/>
        <source>commit is after (at-least-once), before (at-most-once) or none, not &apos;%1&apos;</source>
        <translation>commit ist after (at-least-once), before (at-most-once) oder none, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="186"/>
        <source>commit=%1 needs group=G: offsets are committed to a group</source>
        <translation>commit=%1 braucht group=G: Offsets werden in eine Gruppe committet</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="193"/>
        <source>enable.auto.commit=true needs group=G (Kafka: InvalidConfigurationException)</source>
        <translation>enable.auto.commit=true braucht group=G (Kafka: InvalidConfigurationException)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="203"/>
        <source>there is no consumer group %1</source>
        <translation>es gibt keine Consumer-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="214"/>
        <source>group %1 does not read %2</source>
        <translation>Gruppe %1 liest %2 nicht</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="299"/>
        <source>unknown expectation &apos;%1&apos;</source>
        <translation>unbekannte Erwartung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="107"/>
        <source>%1 (interrupted)</source>
        <translation>%1 (unterbrochen)</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="123"/>
        <location filename="../engine/check/group_ledger.cpp" line="148"/>
        <source>each partition is owned by at most one member per group generation</source>
        <translation>jede Partition gehört pro Gruppengeneration höchstens einem Mitglied</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="124"/>
        <source>group %1 generation %2 assigns %3 to both %4 and %5</source>
        <translation>Gruppe %1, Generation %2, weist %3 sowohl %4 als auch %5 zu</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="139"/>
        <source>a committed offset never exceeds the log end offset</source>
        <translation>ein committeter Offset übersteigt nie den Log-End-Offset</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="140"/>
        <source>group %1 committed %2=%3 but the leader&apos;s log ends at %4</source>
        <translation>Gruppe %1 hat %2=%3 committet, aber das Log des Leaders endet bei %4</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="149"/>
        <source>group %1: %2 took %3 in generation %4 while %5 still owns it</source>
        <translation>Gruppe %1: %2 hat %3 in Generation %4 übernommen, während %5 sie noch besitzt</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="186"/>
        <source>with commit-after-processing no record is skipped</source>
        <translation>mit Commit nach der Verarbeitung wird kein Record übersprungen</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="187"/>
        <source>%1 commits %2 %3=%4 after processing, but the group never processed offset %5</source>
        <translation>%1 committet %2 %3=%4 nach der Verarbeitung, aber die Gruppe hat Offset %5 nie verarbeitet</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="20"/>
        <source>offsets are dense and increasing</source>
        <translation>Offsets sind lückenlos und steigend</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="21"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as leader)</source>
        <translation>Broker %1 hat an %2 bei Offset %3 angehängt, aber sein Log endete bei %4 (als Leader)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="22"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as follower)</source>
        <translation>Broker %1 hat an %2 bei Offset %3 angehängt, aber sein Log endete bei %4 (als Follower)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="32"/>
        <source>the high watermark never goes backward on a leader</source>
        <translation>die High Watermark geht auf einem Leader nie zurück</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="33"/>
        <source>%1 on broker %2 epoch %3: HW %4 → %5</source>
        <translation>%1 auf Broker %2, Epoche %3: HW %4 → %5</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="41"/>
        <source>at most one leader per partition epoch</source>
        <translation>höchstens ein Leader pro Partitionsepoche</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="42"/>
        <source>%1 epoch %2 has leaders %3 and %4</source>
        <translation>%1 hat in Epoche %2 die Leader %3 und %4</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>at most one quorum leader per epoch</source>
        <translation>höchstens ein Quorum-Leader pro Epoche</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>epoch %1 has leaders %2 and %3</source>
        <translation>Epoche %1 hat die Leader %2 und %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="69"/>
        <location filename="../engine/check/invariants.cpp" line="76"/>
        <source>committed metadata entries are never lost or reordered</source>
        <translation>committete Metadaten-Einträge gehen nie verloren und werden nie umsortiert</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="70"/>
        <source>controller %1 has [epoch %2] %3 committed at offset %4 where [epoch %5] %6 was committed</source>
        <translation>Controller %1 hat [epoch %2] %3 bei Offset %4 committet, wo [epoch %5] %6 committet war</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="77"/>
        <source>controller %1 committed offset %2 before offset %3</source>
        <translation>Controller %1 hat Offset %2 vor Offset %3 committet</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 loaded snapshot %2</source>
        <translation>Controller %1 hat Snapshot %2 geladen</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 wrote snapshot %2</source>
        <translation>Controller %1 hat Snapshot %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="102"/>
        <source>a metadata snapshot holds committed records only</source>
        <translation>ein Metadaten-Snapshot enthält nur committete Records</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="103"/>
        <source>%1, but only %2 entries are committed</source>
        <translation>%1, aber nur %2 Einträge sind committet</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="107"/>
        <source>a metadata snapshot&apos;s id names its last committed entry</source>
        <translation>die ID eines Metadaten-Snapshots nennt seinen letzten committeten Eintrag</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="108"/>
        <source>%1, but the committed entry at offset %2 has epoch %3</source>
        <translation>%1, aber der committete Eintrag bei Offset %2 hat Epoche %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="117"/>
        <source>a metadata snapshot equals the image its committed prefix builds</source>
        <translation>ein Metadaten-Snapshot gleicht dem Image, das sein committeter Anfang aufbaut</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="118"/>
        <source>%1: its image differs from what the committed entries [0, %2) build</source>
        <translation>%1: sein Image weicht von dem ab, was die committeten Einträge [0, %2) aufbauen</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="155"/>
        <source>the ISR is a subset of the replicas</source>
        <translation>der ISR ist eine Teilmenge der Replikate</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="156"/>
        <source>%1: ISR %2 has broker %3, not a replica %4</source>
        <translation>%1: ISR %2 enthält Broker %3, der nicht unter den Replikaten %4 ist</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>the leader is in the ISR</source>
        <translation>der Leader ist im ISR</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>%1: leader %2 not in ISR %3</source>
        <translation>%1: Leader %2 nicht im ISR %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="163"/>
        <source>leader epochs never go backward</source>
        <translation>Leader-Epochen gehen nie zurück</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="164"/>
        <source>%1: leader epoch %2 → %3</source>
        <translation>%1: Leader-Epoche %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="277"/>
        <source>acknowledged acks=all records survive (unclean election off)</source>
        <translation>mit acks=all bestätigte Records überleben (unclean election aus)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="278"/>
        <source>%1: %2 acknowledged record(s) at offsets %3..%4 are not in leader %5&apos;s log</source>
        <translation>%1: %2 bestätigte(r) Record(s) bei den Offsets %3..%4 fehlen im Log von Leader %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="21"/>
        <source>&apos;%1&apos; is not a legal topic name</source>
        <translation>&apos;%1&apos; ist kein gültiger Topic-Name</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="22"/>
        <source>Topic &apos;%1&apos; already exists.</source>
        <translation>Topic &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="27"/>
        <source>Number of partitions must be larger than 0.</source>
        <translation>Die Anzahl der Partitionen muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="31"/>
        <source>Replication factor must be larger than 0.</source>
        <translation>Der Replikationsfaktor muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="35"/>
        <source>Unable to replicate the partition %1 time(s): The target replication factor of %1 cannot be reached because only %2 broker(s) are registered.</source>
        <translation>Die Partition kann nicht %1-mal repliziert werden: Der Ziel-Replikationsfaktor %1 ist nicht erreichbar, weil nur %2 Broker registriert sind.</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="57"/>
        <source>&apos;%1&apos; is a topic config; its cluster-wide default is &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist eine Topic-Konfiguration; ihr clusterweiter Standard ist &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="59"/>
        <source>unknown broker config &apos;%1&apos;</source>
        <translation>unbekannte Broker-Konfiguration &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="61"/>
        <source>unknown topic config &apos;%1&apos;</source>
        <translation>unbekannte Topic-Konfiguration &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="69"/>
        <source>&apos;%1&apos; needs a whole number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; braucht eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="71"/>
        <source>&apos;%1&apos; is out of range: %2</source>
        <translation>&apos;%1&apos; liegt außerhalb des Bereichs: %2</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="73"/>
        <source>&apos;%1&apos; may not be %2</source>
        <translation>&apos;%1&apos; darf nicht %2 sein</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="77"/>
        <source>&apos;%1&apos; needs true or false, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; braucht true oder false, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="85"/>
        <source>&apos;%1&apos; is not a valid value for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/protocol/messages.cpp" line="40"/>
        <source>not the controller</source>
        <translation>nicht der Controller</translation>
    </message>
</context>
<context>
    <name>ks::ui::BrokerRemoval</name>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="30"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="77"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="34"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="48"/>
        <source>Remove broker %1</source>
        <translation>Broker %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="35"/>
        <source>Broker %1 still hosts replicas of %n partition(s). Kafka does not remove a broker that hosts replicas.

Move them to the other brokers first (one reassignment per partition), wait until they are moved, then remove the broker?</source>
        <translation>
            <numerusform>Broker %1 hält noch Replikate von %n Partition. Kafka entfernt keinen Broker, der Replikate hält.

Diese zuerst auf die anderen Broker verschieben (eine Neuzuweisung pro Partition), warten, bis sie verschoben sind, und dann den Broker entfernen?</numerusform>
            <numerusform>Broker %1 hält noch Replikate von %n Partitionen. Kafka entfernt keinen Broker, der Replikate hält.

Diese zuerst auf die anderen Broker verschieben (eine Neuzuweisung pro Partition), warten, bis sie verschoben sind, und dann den Broker entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Moving the replicas off broker %1…</source>
        <translation>Replikate werden von Broker %1 wegverschoben…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="54"/>
        <source>Removing broker %1 cancelled; the reassignments already sent go on</source>
        <translation>Entfernen von Broker %1 abgebrochen; die bereits gesendeten Neuzuweisungen laufen weiter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="67"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="70"/>
        <source>Broker %1 cannot be emptied: %2</source>
        <translation>Broker %1 kann nicht geleert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="74"/>
        <source>Moving the replicas off broker %1: %n partition(s) left…</source>
        <translation>
            <numerusform>Replikate werden von Broker %1 wegverschoben: noch %n Partition…</numerusform>
            <numerusform>Replikate werden von Broker %1 wegverschoben: noch %n Partitionen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::BrokersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>The broker id</source>
        <translation>Die Broker-ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>running, fenced (the controller stopped trusting it), registering, paused, stopped</source>
        <translation>läuft, fenced (der Controller vertraut ihm nicht mehr), registriert sich, pausiert, gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Partitions this broker leads</source>
        <translation>Partitionen, die dieser Broker führt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Partition replicas this broker holds</source>
        <translation>Partitionsreplikate auf diesem Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Partitions whose preferred leader (first replica) is this broker</source>
        <translation>Partitionen, deren bevorzugter Leader (erstes Replikat) dieser Broker ist</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Led elsewhere</source>
        <translation>Anderswo geführt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Of those, how many another broker leads now (after a failover)</source>
        <translation>Davon, wie viele jetzt ein anderer Broker führt (nach einem Failover)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Skew</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Led elsewhere ÷ preferred: Kafka&apos;s leader imbalance; a preferred leader election brings it to 0</source>
        <translation>Anderswo geführt ÷ bevorzugt: Kafkas Leader-Ungleichgewicht; eine Wahl der bevorzugten Leader bringt es auf 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica</source>
        <translation>UnderReplicatedPartitions: Partitionen, die er führt und deren ISR ein Replikat fehlt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Log size</source>
        <translation>Log-Größe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Bytes of all its partition logs on disk</source>
        <translation>Bytes aller seiner Partitions-Logs auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
        <source>Disk share</source>
        <translation>Plattenanteil</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
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
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>&amp;Choose a lesson…</source>
        <translation>Lektion &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="77"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>Eine der eingebauten Lektionen auf einem frischen Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="78"/>
        <source>&amp;Open a lesson file…</source>
        <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="79"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>Eine selbst geschriebene Lektion starten (siehe docs/lessons.md)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="80"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="82"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>Den vorherigen Schritt erneut zeigen (was ausgeführt wurde, bleibt erledigt)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="85"/>
        <source>Answer &amp;%1</source>
        <translation>Antwort &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="90"/>
        <source>&amp;Stop the lesson</source>
        <translation>Lektion &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="91"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>Die Lektion verlassen; der Cluster bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="92"/>
        <source>E&amp;xport lesson summary…</source>
        <translation>Zusammenfassung der Lektion e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="93"/>
        <source>Save a one-page summary of this lesson to take home, as PDF or HTML</source>
        <translation>Eine einseitige Zusammenfassung dieser Lektion zum Mitnehmen speichern, als PDF oder HTML</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="94"/>
        <source>P&amp;resenter mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="95"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>Projektor-Design, große Schrift, nur Ansicht und Lektion; jeder Schritt per Tastatur</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="98"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="99"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="100"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projektor (hoher Kontrast)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="119"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="135"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="137"/>
        <source>View → Theme</source>
        <translation>Ansicht → Design</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="169"/>
        <source>The workspace&apos;s lesson cannot be opened</source>
        <translation>Die Lektion des Arbeitsbereichs kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="198"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Choose a lesson</source>
        <translation>Lektion wählen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Lesson:</source>
        <translation>Lektion:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Open a lesson file</source>
        <translation>Lektionsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lektionen (*.lesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="211"/>
        <source>The lesson cannot be opened</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="216"/>
        <source>No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).</source>
        <translation>Es läuft keine Lektion, also gibt es nichts zusammenzufassen: Starten Sie eine mit Lektionen → Lektion wählen (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="221"/>
        <source>Export lesson summary</source>
        <translation>Zusammenfassung der Lektion exportieren</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="227"/>
        <source>PDF, one A4 page (*.pdf);;HTML page (*.html)</source>
        <translation>PDF, eine A4-Seite (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="234"/>
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
        <location filename="../ui/panels/data_panels.cpp" line="44"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="45"/>
        <source>Members and their partitions</source>
        <translation>Mitglieder und ihre Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="46"/>
        <source>Partitions: position, committed, lag</source>
        <translation>Partitionen: Position, committet, Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="49"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="50"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="51"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="52"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="53"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="70"/>
        <source>Charts &amp;follow the clock</source>
        <translation>Diagramme &amp;folgen der Uhr</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="75"/>
        <source>Keep the charts on the newest simulated time (dragging or zooming a chart stops it)</source>
        <translation>Die Diagramme auf der neuesten simulierten Zeit halten (Ziehen oder Zoomen eines Diagramms beendet das)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="85"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="86"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="87"/>
        <source>Export chart data as &amp;CSV…</source>
        <translation>Diagrammdaten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="155"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="156"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="157"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="158"/>
        <location filename="../ui/panels/data_panels.cpp" line="165"/>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="168"/>
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
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>client.id of the consumer</source>
        <translation>client.id des Consumers</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>The member id the coordinator gave it</source>
        <translation>Die Mitglieds-ID, die der Koordinator vergeben hat</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>The group leader runs the assignor; idle members got no partition</source>
        <translation>Der Gruppen-Leader führt den Assignor aus; untätige Mitglieder bekamen keine Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>The partitions it owns in this generation</source>
        <translation>Die Partitionen, die es in dieser Generation besitzt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="166"/>
        <source>, static</source>
        <translation>, statisch</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="167"/>
        <source>, idle</source>
        <translation>, untätig</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupPartitionsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>A partition the group reads</source>
        <translation>Eine Partition, die die Gruppe liest</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>The member it is assigned to</source>
        <translation>Das Mitglied, dem sie zugewiesen ist</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>The next offset the owner&apos;s poll() returns</source>
        <translation>Der nächste Offset, den poll() des Besitzers liefert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>The group&apos;s committed offset: where a new owner starts</source>
        <translation>Der committete Offset der Gruppe: dort beginnt ein neuer Besitzer</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark</source>
        <translation>LOG-END-OFFSET, wie kafka-consumer-groups es zeigt: die High Watermark</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>LEO − committed: records not yet committed as consumed</source>
        <translation>LEO − committet: Records, die noch nicht als konsumiert committet sind</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Lag (s)</source>
        <translation>Rückstand (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>Alter des ältesten noch nicht konsumierten Records</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="195"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</source>
        <translation>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Grows with every rebalance; commits from an older one are refused</source>
        <translation>Wächst mit jedem Rebalance; Commits aus einer älteren werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>The broker leading the group&apos;s __consumer_offsets partition</source>
        <translation>Der Broker, der die __consumer_offsets-Partition der Gruppe führt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>The partition assignor the group uses</source>
        <translation>Der Partition-Assignor, den die Gruppe verwendet</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)</source>
        <translation>Rebalance-Protokoll: eager (alles entziehen) oder cooperative (KIP-429)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Consumers in the group</source>
        <translation>Consumer in der Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Records between the committed offsets and the log ends, summed</source>
        <translation>Records zwischen den committeten Offsets und den Log-Enden, summiert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
        <source>Lag (s)</source>
        <translation>Rückstand (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
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
        <location filename="../ui/panels/cluster_tables.cpp" line="17"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="23"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonDock</name>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="35"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="92"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>Antwort %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="111"/>
        <source>No lesson running</source>
        <translation>Keine Lektion aktiv</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="113"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine im Menü „Lektionen“ (Ctrl+L). Jede Lektion baut ihren eigenen Cluster auf, erklärt, lässt Sie vorhersagen, was passiert, führt es aus und zeigt auf die Antwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="118"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="120"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>Der Cluster der Lektion wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="125"/>
        <source>The lesson cannot start: %1</source>
        <translation>Die Lektion kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Your turn</source>
        <translation>Sie sind dran</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="136"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="151"/>
        <source>✓ Right.</source>
        <translation>✓ Richtig.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="153"/>
        <source>✗ Not quite.</source>
        <translation>✗ Nicht ganz.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="154"/>
        <source>The answer is %1) %2.</source>
        <translation>Die Antwort ist %1) %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="166"/>
        <source>found %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>Wartet auf Sie: Tun Sie es in der Ansicht oder über die Menüs; die Lektion geht von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="174"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>Was meinen Sie? Wählen Sie eine Antwort (Ctrl+Alt+1…).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="176"/>
        <source>✓ Done.</source>
        <translation>✓ Erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="177"/>
        <source>The end of the lesson.</source>
        <translation>Das Ende der Lektion.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="181"/>
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
        <source>Remo&amp;ve broker…</source>
        <translation>Broker entfer&amp;nen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Remove the selected broker for good; when it hosts replicas, move them away first</source>
        <translation>Den gewählten Broker endgültig entfernen; hält er Replikate, diese zuerst verschieben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="75"/>
        <source>&amp;Create topic…</source>
        <translation>Topic &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>&amp;Delete topic…</source>
        <translation>Topic &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Bevorzugten Leader &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>Die Leadership der ausgewählten Partition an ihr erstes Replikat zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Add &amp;consumer…</source>
        <translation>&amp;Consumer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="80"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>Einen Consumer starten, in einer Consumer-Gruppe oder eigenständig</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>Re&amp;move consumer</source>
        <translation>Consumer &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="82"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>Der ausgewählte Consumer verlässt seine Gruppe (sauberes Herunterfahren) und verschwindet</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>Add p&amp;roducer…</source>
        <translation>P&amp;roducer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Start one more producer client, with its own acks, linger.ms and partitioner</source>
        <translation>Einen weiteren Producer-Client starten, mit eigenem acks, linger.ms und Partitionierer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Pro&amp;ducer entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="86"/>
        <source>Close the selected producer: it sends what it holds, waits for the answers and goes away</source>
        <translation>Den gewählten Producer schließen: er sendet, was er hält, wartet auf die Antworten und verschwindet</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>&amp;Type a command</source>
        <translation>&amp;Befehl eingeben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>Beliebiger Szenario-Befehl, z. B. broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>Ver&amp;größern (größere Schrift)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>Ver&amp;kleinern (kleinere Schrift)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektormodus</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Large text for a projector</source>
        <translation>Große Schrift für einen Projektor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="94"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="96"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>Cluster ans Fenster &amp;anpassen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>Auswahl und &amp;Hervorhebung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Messages on the &amp;wire</source>
        <translation>Nachrichten auf der &amp;Leitung</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>Requests and responses between the nodes: moving dots at slow speeds (2× and below), rates per link when faster</source>
        <translation>Anfragen und Antworten zwischen den Knoten: bewegte Punkte bei langsamer Geschwindigkeit (2× und langsamer), schneller Raten pro Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="106"/>
        <source>+1 ms</source>
        <translation>+1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="106"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="107"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="107"/>
        <source>Kill</source>
        <translation>Abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Isolate</source>
        <translation>Isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Cut link</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Heal all</source>
        <translation>Alle heilen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Consumer…</source>
        <translation>Consumer…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="112"/>
        <source>Producer…</source>
        <translation>Producer…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>Choose the language of the window</source>
        <translation>Sprache des Fensters wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="118"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="119"/>
        <source>&amp;About Kafkascope</source>
        <translation>&amp;Über Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — ein Kafka-Cluster zum Zuschauen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>Simulierte Sekunden pro echter Sekunde ([ langsamer, ] schneller)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="118"/>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Export &amp;table as CSV</source>
        <translation>&amp;Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>File → Export table as CSV</source>
        <translation>Datei → Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>F&amp;aults</source>
        <translation>Stö&amp;rungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>Event log &amp;filters</source>
        <translation>Ereignisprotokoll-&amp;Filter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>View → Event log filters</source>
        <translation>Ansicht → Ereignisprotokoll-Filter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Pa&amp;nels</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>The cluster could not start: %1</source>
        <translation>Der Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Pause the clock</source>
        <translation>Uhr &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>The cluster is being built.</source>
        <translation>Der Cluster wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Kill</source>
        <translation>&amp;Abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Kill %1</source>
        <translation>%1 &amp;abschießen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Restart %1</source>
        <translation>%1 &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausieren (Einfrieren wie GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>%1 &amp;pausieren (Einfrieren wie GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="44"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="45"/>
        <source>Res&amp;ume %1</source>
        <translation>%1 &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="53"/>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="149"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="82"/>
        <location filename="../ui/main_window_commands.cpp" line="151"/>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="82"/>
        <location filename="../ui/main_window_commands.cpp" line="151"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <location filename="../ui/main_window_commands.cpp" line="154"/>
        <source>consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="88"/>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone</source>
        <translation>Von allen &amp;isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>%1 von allen &amp;isolieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower %1</source>
        <translation>Lang&amp;samer Follower %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower</source>
        <translation>Lang&amp;samer Follower</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk of %1</source>
        <translation>&amp;Platte von %1 füllen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk</source>
        <translation>&amp;Platte füllen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission %1</source>
        <translation>%1 &amp;stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission broker</source>
        <translation>Broker &amp;stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve %1…</source>
        <translation>%1 entfer&amp;nen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve broker…</source>
        <translation>Broker entfer&amp;nen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer %1</source>
        <translation>Consumer %1 &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer</source>
        <translation>Consumer &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer %1</source>
        <translation>Pro&amp;ducer %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Pro&amp;ducer entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="134"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>Bevorzugten Leader von %1 &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="135"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Bevorzugten Leader &amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete topic</source>
        <translation>Topic löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>Welches Topic löschen? Seine Records sind endgültig weg.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="246"/>
        <source>Save session as scenario</source>
        <translation>Sitzung als Szenario speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="247"/>
        <source>Scenarios (*.scenario)</source>
        <translation>Szenarien (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="254"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>%1 gespeichert — wiedergeben mit: kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <source>Pictures (*.png)</source>
        <translation>Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>Hintergrund-Producer: %1 Record(s) alle 100 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>About Kafkascope</source>
        <translation>Über Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="292"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and producers, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Ein kleiner Kafka-Cluster, simuliert in diesem Fenster: Broker mit replizierten Partitionen, ein KRaft-Controller-Quorum und Producer, auf einer simulierten Uhr und einem simulierten Netzwerk. Derselbe Seed und dieselben Befehle ergeben immer denselben Lauf (Seed %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Ein kleiner Kafka-Cluster, simuliert in diesem Fenster: Broker mit replizierten Partitionen, ein KRaft-Controller-Quorum und ein Producer, auf einer simulierten Uhr und einem simulierten Netzwerk. Derselbe Seed und dieselben Befehle ergeben immer denselben Lauf (Seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noch nicht simuliert:&lt;/b&gt; einen Broker endgültig entfernen (Stilllegen verschiebt seine Replikate weg; er bleibt aufgeführt).&lt;/p&gt;</translation>
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
        <location filename="../ui/main_window_commands.cpp" line="303"/>
        <source>Consumer %1</source>
        <translation>Consumer %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="316"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="327"/>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="342"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>Verbindung %1 ⇹ %2 trennen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="343"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>In eine Richtung trennen: %1 erreicht %2 nicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="345"/>
        <source>Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)</source>
        <translation>Verbindung %1 ⇹ %2 verlangsamen (Latenz 200 ms, Jitter 50 ms)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="346"/>
        <source>Slow the link… (choose latency, jitter, loss)</source>
        <translation>Verbindung verlangsamen… (Latenz, Jitter, Verlust wählen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="348"/>
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
        <location filename="../ui/main_window_workspace.cpp" line="156"/>
        <source>Topics and partitions</source>
        <translation>Topics und Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="158"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="159"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="160"/>
        <source>Group members and their partitions</source>
        <translation>Gruppenmitglieder und ihre Partitionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="162"/>
        <source>Group partitions: position, committed, lag</source>
        <translation>Gruppenpartitionen: Position, committed, Lag</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="164"/>
        <source>Broker metrics</source>
        <translation>Broker-Metriken</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="166"/>
        <source>Records in the message browser</source>
        <translation>Records im Nachrichten-Browser</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="175"/>
        <source>%1 — Kafkascope</source>
        <translation>%1 — Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MessageBrowser</name>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="39"/>
        <source>partition </source>
        <translation>Partition </translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="42"/>
        <source>Beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="43"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="44"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="45"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="48"/>
        <source>offset, or time (12.5 or 1500ms)</source>
        <translation>Offset oder Zeit (12.5 oder 1500ms)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="52"/>
        <source>search key or value</source>
        <translation>Schlüssel oder Wert suchen</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="54"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="55"/>
        <source>Read the partition from the chosen position (Ctrl+Alt+G)</source>
        <translation>Die Partition ab der gewählten Position lesen (Ctrl+Alt+G)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="73"/>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="74"/>
        <source>Produce the selected records again (Ctrl+Alt+R)</source>
        <translation>Die ausgewählten Records erneut produzieren (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="76"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="77"/>
        <source>Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)</source>
        <translation>Die ausgewählten Records (oder alle angezeigten) als CSV oder JSON Lines speichern (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="79"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="80"/>
        <source>Produce the records of a JSON-lines file (Ctrl+Alt+I)</source>
        <translation>Die Records einer JSON-Lines-Datei produzieren (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="108"/>
        <source>Select a record to see it whole; a JSON value is pretty-printed.</source>
        <translation>Einen Record auswählen, um ihn vollständig zu sehen; ein JSON-Wert wird formatiert angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="167"/>
        <source>Topic: the cluster has no topics to browse.</source>
        <translation>Topic: der Cluster hat keine Topics zum Durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="173"/>
        <source>Partition: %1 has partitions 0 to %2.</source>
        <translation>Partition: %1 hat die Partitionen 0 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="182"/>
        <source>Offset: &apos;%1&apos; is not an offset (a whole number, 0 or more).</source>
        <translation>Offset: &apos;%1&apos; ist kein Offset (eine ganze Zahl ab 0).</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="188"/>
        <source>Time: &apos;%1&apos; is not a simulated time; write seconds (12.5) or a duration (1500ms).</source>
        <translation>Zeit: &apos;%1&apos; ist keine simulierte Zeit; Sekunden (12.5) oder eine Dauer (1500ms) angeben.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="201"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>no replica</source>
        <translation>kein Replikat</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="217"/>
        <source>%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7</source>
        <translation>%1 · Log-Start %2 · HW %3 · LEO %4 · %5 angezeigt · gelesen von %6 um %7</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="231"/>
        <source>Producing again failed: %1</source>
        <translation>Erneutes Produzieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="234"/>
        <source>Produced again to %1 at offset %2</source>
        <translation>Erneut nach %1 produziert bei Offset %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="258"/>
        <source>Offset %1 at %2, %3 bytes
</source>
        <translation>Offset %1 um %2, %3 Bytes
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="259"/>
        <source>Key: %1
</source>
        <translation>Schlüssel: %1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="261"/>
        <source>Header %1: %2
</source>
        <translation>Header %1: %2
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="263"/>
        <source>Value:
%1
</source>
        <translation>Wert:
%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="291"/>
        <source>Replay: select the records to produce again.</source>
        <translation>Erneut senden: die erneut zu produzierenden Records auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="308"/>
        <source>Export records</source>
        <translation>Records exportieren</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="309"/>
        <source>JSON lines (*.jsonl *.json);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl *.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="317"/>
        <source>Export: cannot write %1 (%2)</source>
        <translation>Export: %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="320"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>Import records</source>
        <translation>Records importieren</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="329"/>
        <source>Import: cannot read %1 (%2)</source>
        <translation>Import: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="333"/>
        <source>Import of %1 stopped, nothing was sent: %2</source>
        <translation>Import von %1 abgebrochen, nichts wurde gesendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="348"/>
        <source>line %1: the cluster has no topic &apos;%2&apos;; nothing was sent</source>
        <translation>Zeile %1: der Cluster hat kein Topic &apos;%2&apos;; nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="352"/>
        <source>line %1: %2 has no partition %3; nothing was sent</source>
        <translation>Zeile %1: %2 hat keine Partition %3; nichts wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/message_browser.cpp" line="360"/>
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
        <location filename="../ui/panels/metrics_panel.cpp" line="114"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="134"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="143"/>
        <source>No event yet: kill a broker (K) and watch what moves.</source>
        <translation>Noch kein Ereignis: einen Broker abschießen (K) und beobachten, was sich bewegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_panel.cpp" line="150"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="152"/>
        <source>Since “%1”: nothing moved yet.</source>
        <translation>Seit „%1“: noch nichts bewegt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="153"/>
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
        <location filename="../ui/records/producer_panel.cpp" line="68"/>
        <source>The producer that sends the record: each has its own batches, partitioner and counts</source>
        <translation>Der Producer, der den Record sendet: jeder hat eigene Batches, Partitionierer und Zähler</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="74"/>
        <source>chosen by the partitioner</source>
        <translation>vom Partitioner gewählt</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="78"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="79"/>
        <source>Send the record without a key: the sticky (or round-robin) partitioner picks its partition</source>
        <translation>Den Record ohne Schlüssel senden: der Sticky- (oder Round-Robin-)Partitioner wählt seine Partition</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="86"/>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="87"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="88"/>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="89"/>
        <source>Check the JSON value and indent it (Ctrl+Alt+J)</source>
        <translation>Den JSON-Wert prüfen und einrücken (Ctrl+Alt+J)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="95"/>
        <source>the record&apos;s value; JSON is sent compact, on one line</source>
        <translation>der Wert des Records; JSON wird kompakt in einer Zeile gesendet</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header key</source>
        <translation>Header-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="105"/>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="106"/>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="120"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="122"/>
        <source>Produce the record (Ctrl+Alt+Return)</source>
        <translation>Den Record produzieren (Ctrl+Alt+Return)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="128"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="132"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="133"/>
        <location filename="../ui/records/producer_panel.cpp" line="177"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="134"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="135"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="136"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="140"/>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="146"/>
        <source>The background producer: records at a steady rate, keyed by a pattern</source>
        <translation>Der Hintergrund-Producer: Records mit gleichmäßiger Rate, mit Schlüsseln nach einem Muster</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="148"/>
        <source>Produce continuously</source>
        <translation>Kontinuierlich produzieren</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="155"/>
        <source> records/s</source>
        <translation> Records/s</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="158"/>
        <source>No key: partitions in turn</source>
        <translation>Kein Schlüssel: Partitionen reihum</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="159"/>
        <source>Fixed key</source>
        <translation>Fester Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="160"/>
        <source>Sequential keys</source>
        <translation>Fortlaufende Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="161"/>
        <source>Random from k keys</source>
        <translation>Zufällig aus k Schlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="162"/>
        <source>Skewed: one hot key</source>
        <translation>Schief: ein heißer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="165"/>
        <source>Fixed: the key itself. Otherwise keys are this prefix and a number</source>
        <translation>Fest: der Schlüssel selbst. Sonst sind Schlüssel dieses Präfix plus eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="178"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="179"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="180"/>
        <source>Key (prefix)</source>
        <translation>Schlüssel (Präfix)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="181"/>
        <source>k keys</source>
        <translation>k Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="182"/>
        <source>Hot key share</source>
        <translation>Anteil heißer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="192"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="193"/>
        <source>Rate generator</source>
        <translation>Ratengenerator</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="242"/>
        <source>Topic: choose a topic.</source>
        <translation>Topic: ein Topic wählen.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="248"/>
        <source>Topic: the cluster has no topic &apos;%1&apos; (it has: %2).</source>
        <translation>Topic: der Cluster hat kein Topic &apos;%1&apos; (vorhanden: %2).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="257"/>
        <source>Partition: &apos;%1&apos; is not a partition number (leave it empty to let the partitioner choose).</source>
        <translation>Partition: &apos;%1&apos; ist keine Partitionsnummer (leer lassen, damit der Partitioner wählt).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="261"/>
        <source>Partition: %1 has partitions 0 to %2; there is no partition %3.</source>
        <translation>Partition: %1 hat die Partitionen 0 bis %2; es gibt keine Partition %3.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="272"/>
        <location filename="../ui/records/producer_panel.cpp" line="320"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="286"/>
        <source>Header %1: a header needs a key (its value is &apos;%2&apos;).</source>
        <translation>Header %1: ein Header braucht einen Schlüssel (sein Wert ist &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="312"/>
        <source>Sent; waiting for the answer…</source>
        <translation>Gesendet; warte auf die Antwort…</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="313"/>
        <source>Sent; the answer comes once simulated time runs (the clock is paused).</source>
        <translation>Gesendet; die Antwort kommt, sobald die simulierte Zeit läuft (die Uhr ist pausiert).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="364"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="366"/>
        <source>Failed with %1 (partition %2, chosen by the %3)</source>
        <translation>Fehlgeschlagen mit %1 (Partition %2, gewählt vom %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="371"/>
        <source>Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)</source>
        <translation>An %1 gesendet mit acks=0: der Producer erfährt den Offset nie (Partition gewählt vom %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="374"/>
        <source>Written to %1 at offset %2 (partition chosen by the %3)</source>
        <translation>In %1 bei Offset %2 geschrieben (Partition gewählt vom %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="452"/>
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
        <location filename="../ui/session/table_export.cpp" line="19"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="22"/>
        <source>Save the rows the table %1 shows, as filtered and sorted, as a CSV file</source>
        <translation>Die Zeilen, die die Tabelle %1 zeigt, gefiltert und sortiert als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <location filename="../ui/session/table_export.cpp" line="46"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/table_export.cpp" line="49"/>
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
        <location filename="../ui/timeline/timeline_dock.cpp" line="120"/>
        <source>Going back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>Zurückgehen abgebrochen; nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="124"/>
        <source>Cannot go back: %1</source>
        <translation>Zurückgehen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="136"/>
        <source>replayed from the checkpoint at %1</source>
        <translation>vom Checkpoint bei %1 neu abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="137"/>
        <source>replayed from the start</source>
        <translation>vom Anfang neu abgespielt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="138"/>
        <source>Showing the run at %1 (%2). Continue from here to fork, or go back to the present.</source>
        <translation>Der Lauf bei %1 (%2). „Von hier weiter“ zweigt ab, oder zurück zur Gegenwart.</translation>
    </message>
    <message>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation type="vanished">Der Lauf bei %1 (vom Anfang neu abgespielt). „Von hier weiter“ zweigt ab, oder zurück zur Gegenwart.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="151"/>
        <source>Back at the present: %1.</source>
        <translation>Zurück in der Gegenwart: %1.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="166"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>Verlauf bei %1 abgezweigt: die %2 späteren Befehle wurden verworfen; was Sie jetzt tun, ist der neue Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;In der Vergangenheit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>Live · %1 Lesezeichen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="193"/>
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
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>TOPIC-P, as Kafka writes it</source>
        <translation>TOPIC-P, wie Kafka es schreibt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>The broker that takes writes and serves reads</source>
        <translation>Der Broker, der Schreibvorgänge annimmt und Lesevorgänge bedient</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>The brokers that keep a copy, the preferred leader first</source>
        <translation>Die Broker, die eine Kopie halten, der bevorzugte Leader zuerst</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>In-sync replicas: caught up within replica.lag.time.max.ms</source>
        <translation>In-Sync-Replikate: innerhalb von replica.lag.time.max.ms aufgeholt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Leader epoch</source>
        <translation>Leader-Epoche</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Grows with every new leader; fences the old one</source>
        <translation>Wächst mit jedem neuen Leader; grenzt den alten aus</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>The first offset still on disk (retention moves it)</source>
        <translation>Der erste Offset, der noch auf der Platte liegt (Retention verschiebt ihn)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>Log end offset: the offset the next record gets</source>
        <translation>Log-End-Offset: der Offset, den der nächste Record bekommt</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>High watermark: records below it are on every ISR member; consumers read up to it</source>
        <translation>High Watermark: Records darunter liegen auf jedem ISR-Mitglied; Consumer lesen bis dorthin</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>The leader&apos;s log on disk</source>
        <translation>Das Log des Leaders auf der Platte</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Under-replicated: ISR smaller than the replicas; offline: no leader</source>
        <translation>Unterrepliziert: ISR kleiner als die Replikate; offline: kein Leader</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="61"/>
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
