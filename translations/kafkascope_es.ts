<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="204"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="33"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="183"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="188"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="202"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="203"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="41"/>
        <source>OFFLINE partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="42"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, OUT OF SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="50"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <source>Log end offset (LEO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="159"/>
        <source>High watermark (HW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>Lag behind the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>%n offset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <source>In the ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Broker running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <source>Log start offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <source>Latest leader epoch in its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="62"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="63"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="70"/>
        <source>%1 internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="71"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="141"/>
        <source>Active controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="78"/>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>ZooKeeper nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="82"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="254"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Under-replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="163"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <source>Committed metadata records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <source>Engine events processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="96"/>
        <source>Broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="97"/>
        <source>%1 · leads %2 of its %n replica(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="100"/>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="101"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="134"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="102"/>
        <source>Leader replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="103"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Bytes on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="293"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="140"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="294"/>
        <source>Links cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <source>The controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <source>Replicas on this broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="113"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>ZooKeeper node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>Controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="126"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="131"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="132"/>
        <source>%1 in term %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>ZooKeeper node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="135"/>
        <source>Quorum role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="136"/>
        <source>Term (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>Committed up to (HW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="138"/>
        <source>Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="154"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>Leader epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="156"/>
        <source>Partition epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="158"/>
        <source>ISR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="165"/>
        <source>Reassignment: adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="166"/>
        <source>Reassignment: removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Topic %1 configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>Replica on broker %1 (picked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>Replica on broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="195"/>
        <source>Consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="196"/>
        <source>%1, on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="197"/>
        <source>%1 in group %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="199"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="201"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="202"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="236"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="203"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="204"/>
        <source>Static member (group.instance.id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="205"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="206"/>
        <source>Member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="207"/>
        <source>Application state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="208"/>
        <source>Assignors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="209"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Rebalance protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="210"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="211"/>
        <source>Records polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="212"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="245"/>
        <source>Records processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="213"/>
        <source>Commits (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="214"/>
        <source>Rebalances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>Owns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>Position (next offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="219"/>
        <source>High watermark seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <source>Reads from broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>Owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <source>Consumer group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>Offsets stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <source>Assignor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Oldest unread record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="246"/>
        <source>Processed twice (duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="247"/>
        <source>Never processed (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="248"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>%1 (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="251"/>
        <source>idle: no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Last rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="268"/>
        <source>Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="270"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Producer client on node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>Records sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="290"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="292"/>
        <source>Batch retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="296"/>
        <source>Background producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="297"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="298"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="299"/>
        <source>Records per send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="300"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="88"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="89"/>
        <source>Language of the window (it changes at the next start):</source>
        <translation>Idioma de la ventana (cambia en el próximo inicio):</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="94"/>
        <source>The language changes to %1 at the next start of Kafkascope.</source>
        <translation>El idioma cambia a %1 la próxima vez que se inicie Kafkascope.</translation>
    </message>
</context>
<context>
    <name>ScreenshotSession</name>
    <message>
        <location filename="../app/screenshot.cpp" line="37"/>
        <source>cannot read the script line &apos;%1&apos; (write e.g. &apos;@4s broker kill 2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimTimeText</name>
    <message>
        <location filename="../ui/sim_time_text.cpp" line="28"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="78"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>, isolated from every other node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="81"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="85"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="123"/>
        <source>Broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="125"/>
        <source> · ISOLATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="129"/>
        <source>leads %1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="132"/>
        <source> · %1 internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source>no replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source>, no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> in group %1, generation %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> (group leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="50"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="80"/>
        <source>closed: left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <location filename="../ui/topology/controller_item.cpp" line="65"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="84"/>
        <source>idle: no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>%1 · lag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="25"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>ZooKeeper node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="31"/>
        <source>, the ACTIVE controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="34"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="68"/>
        <source>active leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="71"/>
        <source>ISOLATED · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="68"/>
        <source>Consumers that belong to no group: they read what they are assigned or subscribe to on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="69"/>
        <source>&lt;b&gt;Consumer group %1&lt;/b&gt; — %2, generation %3&lt;br&gt;coordinator broker %4 (leader of %5)&lt;br&gt;assignor %6 · reads %7 partition(s) · lag %8 record(s) behind the committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="73"/>
        <location filename="../ui/topology/group_item.cpp" line="107"/>
        <location filename="../ui/topology/replica_item.cpp" line="92"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="74"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="103"/>
        <source>REBALANCING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="105"/>
        <source>gen %1 · coordinator %2 · committed lag %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="110"/>
        <source>consumers on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="115"/>
        <source>no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="12"/>
        <source>No consumers yet. Cluster → Add consumer… (Ctrl+Shift+A) starts one, in a group or alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="25"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/topology/link_item.cpp" line="93"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>ISOLATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
        <source>sent %1 · acked %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="81"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="82"/>
        <source>follower, in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="83"/>
        <source>follower, OUT OF SYNC (not in the ISR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="84"/>
        <source>OFFLINE partition: no leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="85"/>
        <source>its broker is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="89"/>
        <source>LEO %1 · HW %2 · lag %3 behind the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="90"/>
        <source>leader epoch %1 · this log&apos;s latest epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="91"/>
        <source>leader %1 · ISR %2 · replicas %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/replica_item.cpp" line="93"/>
        <source>log start %1 · %2 in %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="129"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="129"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="143"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="145"/>
        <source>down · LEO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="148"/>
        <source>LEO %1 · HW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="150"/>
        <source>out of sync · lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="151"/>
        <source>lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="8"/>
        <source>broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>ZooKeeper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="14"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="30"/>
        <source>background producer off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="33"/>
        <source>waiting for topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
        <source>auto: %1 rec/s → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="86"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="35"/>
        <source>&lt;b&gt;Link cut&lt;/b&gt;: %1 and %2 cannot reach each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="36"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="76"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="154"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::ConsumerDialog</name>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="19"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="20"/>
        <source>There is a consumer %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="26"/>
        <source>Add consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="39"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>the newest records (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>the oldest records (earliest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Name (client.id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="48"/>
        <source>&amp;Assignor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="67"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="69"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogDock</name>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="17"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="30"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="31"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="32"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="33"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="34"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="35"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="36"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="37"/>
        <source>Routine detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="41"/>
        <source>Also show routine detail: every acknowledgement of the background producer, every fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="62"/>
        <source>Type a command and press Enter, e.g.  broker kill 2   ·   link cut 1 3   ·   print partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="88"/>
        <source>Show %1 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogModel</name>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="88"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="91"/>
        <source>✗ %1 — rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="92"/>
        <source>  (hover to see what it printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="117"/>
        <source> · about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="15"/>
        <source>Cut or heal a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="27"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="28"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="30"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;Heal the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::MainActions</name>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>&amp;New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>Start over with a new cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="30"/>
        <source>&amp;Save session as scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="31"/>
        <source>Write everything done so far as a scenario file that kafkascope-cli replays exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="32"/>
        <source>Save &amp;picture of the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>Run or stop the simulated clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Step one &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Process exactly one engine event, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="37"/>
        <source>Step one &amp;millisecond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="38"/>
        <source>Run to the next whole simulated millisecond, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="39"/>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="40"/>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="41"/>
        <source>&amp;Real time (1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="42"/>
        <source>As fast as &amp;possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="43"/>
        <source>Fast-forward &amp;10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="44"/>
        <source>Run 10 simulated seconds as fast as possible, then carry on as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="45"/>
        <source>&amp;Background producer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="46"/>
        <source>A steady stream of keyed records to the topic &apos;orders&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="48"/>
        <source>Background producer f&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="49"/>
        <source>Background producer s&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>Crash the selected node; its disk survives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>Start the selected (killed) node again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="53"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="54"/>
        <source>Freeze the selected node like a long garbage-collection pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Let the paused node run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="56"/>
        <source>&amp;Isolate from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="57"/>
        <source>Cut every link of the selected node (a network partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="58"/>
        <source>&amp;Cut or heal a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="59"/>
        <source>Cut the link between two nodes (or drag from one node to another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>&amp;Heal all links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut link and isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>&amp;Network conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>Latency, jitter and loss of every link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>&amp;Add broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="64"/>
        <source>&amp;Decommission broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="65"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>&amp;Create topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>&amp;Delete topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="68"/>
        <source>&amp;Elect preferred leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="69"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Add &amp;consumer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Re&amp;move consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>&amp;Type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>&amp;Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Large text for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Clear selection and &amp;highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>+1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Isolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Cut link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Heal all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Consumer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Choose the language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>&amp;About Kafkascope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="42"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="97"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="105"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>F&amp;aults</source>
        <translation>&amp;Fallos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>Event log &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>View → Event log filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>Se&amp;ttings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="214"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216"/>
        <source>The cluster could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="271"/>
        <source>The cluster is being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="36"/>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Kill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>Res&amp;ume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="51"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="78"/>
        <location filename="../ui/main_window_commands.cpp" line="130"/>
        <source>broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>ZooKeeper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="84"/>
        <source>consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="115"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="116"/>
        <source>&amp;Elect preferred leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="195"/>
        <source>Save session as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="196"/>
        <source>Scenarios (*.scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="203"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Save picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <source>Pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="224"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="240"/>
        <source>About Kafkascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="255"/>
        <source>Consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="267"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="289"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="290"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::NetworkDialog</name>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="30"/>
        <source>Network conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="32"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="43"/>
        <source>&amp;Latency (one way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="44"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="45"/>
        <source>Message &amp;loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::NewClusterDialog</name>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="15"/>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="19"/>
        <source>KRaft (Kafka 3.3 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="20"/>
        <source>ZooKeeper (before Kafka 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="30"/>
        <source>create the topic &apos;orders&apos; for the background producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="32"/>
        <source>start the consumer group &apos;analytics&apos; with two consumers reading &apos;orders&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="37"/>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="38"/>
        <source>&amp;Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="39"/>
        <source>&amp;Quorum nodes (controllers or ZooKeeper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="40"/>
        <source>&amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="42"/>
        <source>&amp;Partitions of &apos;orders&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="48"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="36"/>
        <source>  or  </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::StatusPanel</name>
    <message>
        <location filename="../ui/status_panel.cpp" line="32"/>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="33"/>
        <source>%1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="36"/>
        <source>under-replicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="38"/>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="40"/>
        <source>no active controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="41"/>
        <source>controller: broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="42"/>
        <source>active controller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>fast-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>playing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="45"/>
        <source> (cannot keep up)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>Give the topic a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>A topic name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="26"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="27"/>
        <source>Topic %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="33"/>
        <source>Create topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="37"/>
        <source>e.g. payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Replication factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="51"/>
        <source>&amp;min.insync.replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>&amp;Unclean leader election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="59"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="76"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="78"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
