<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChartHistory</name>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="51"/>
        <source>%1 rebalance</source>
        <translation>rebalanceo de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="54"/>
        <source>%1 generation %2</source>
        <translation>%1 generación %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="72"/>
        <source>broker %1 killed</source>
        <translation>broker %1 matado</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="74"/>
        <source>leader elected</source>
        <translation>líder elegido</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../ui/session/csv.cpp" line="59"/>
        <source>Cannot write the CSV file %1: %2</source>
        <translation>No se puede escribir el archivo CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>no</source>
        <translation>no</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>OFFLINE partition</source>
        <translation>partición OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="45"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, in sync</source>
        <translation>seguidor, sincronizado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, OUT OF SYNC</source>
        <translation>seguidor, DESINCRONIZADO</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="181"/>
        <source>Log end offset (LEO)</source>
        <translation>Offset final del log (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="180"/>
        <source>High watermark (HW)</source>
        <translation>High watermark (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Lag behind the leader</source>
        <translation>Lag respecto al líder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n offset</numerusform>
            <numerusform>%n offsets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <source>In the ISR</source>
        <translation>En el ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Broker running</source>
        <translation>Broker en marcha</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="154"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="182"/>
        <source>Log start offset</source>
        <translation>Offset inicial del log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 bytes en %n segmento</numerusform>
            <numerusform>%1 bytes en %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="59"/>
        <source>Latest leader epoch in its log</source>
        <translation>Última época de líder en su log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="64"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="65"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>Haga clic en un broker, controlador, réplica, productor, grupo o consumidor para ver todos sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>%1 internal</source>
        <translation>%1 internos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>Simulated time</source>
        <translation>Tiempo simulado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="77"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Active controller</source>
        <translation>Controlador activo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="78"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="80"/>
        <source>Brokers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>ZooKeeper nodes</source>
        <translation>Nodos ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Controllers</source>
        <translation>Controladores</translation>
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
        <translation>Particiones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="183"/>
        <source>Under-replicated</source>
        <translation>Subreplicadas</translation>
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
        <translation>Registros de metadatos confirmados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Engine events processed</source>
        <translation>Eventos del motor procesados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="89"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="90"/>
        <source>Consumers</source>
        <translation>Consumidores</translation>
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
            <numerusform>%1 · lidera %2 de su %n réplica</numerusform>
            <numerusform>%1 · lidera %2 de sus %n réplicas</numerusform>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Leader replicas</source>
        <translation>Réplicas líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="178"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <source>Bytes on disk</source>
        <translation>Bytes en disco</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="314"/>
        <source>Isolated</source>
        <translation>Aislado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="315"/>
        <source>Links cut</source>
        <translation>Enlaces cortados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="109"/>
        <source>The controller</source>
        <translation>El controlador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="110"/>
        <source>Controller&apos;s view</source>
        <translation>Vista del controlador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="111"/>
        <source>no active controller</source>
        <translation>ningún controlador activo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>Last heartbeat</source>
        <translation>Último heartbeat</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="115"/>
        <source>Replica fetchers</source>
        <translation>Fetchers de réplica</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="117"/>
        <source>slow: wait %1 between fetches</source>
        <translation>lento: espera %1 entre fetches</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="118"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="119"/>
        <source>Log dir</source>
        <translation>Directorio de log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="120"/>
        <source>offline (disk full): restart the broker to heal it</source>
        <translation>offline (disco lleno): reinicie el broker para repararlo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="121"/>
        <source>online, but the disk is full: the next write fails</source>
        <translation>online, pero el disco está lleno: la próxima escritura falla</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="122"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="123"/>
        <source>Replicas on this broker</source>
        <translation>Réplicas en este broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="128"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · lag %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="129"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>ZooKeeper node %1</source>
        <translation>Nodo ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>Controller %1</source>
        <translation>Controlador %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="141"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>%1 del ensemble de ZooKeeper en la época %2; el controlador es el broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>El controlador activo: el líder del quórum en el término %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <source>%1 in term %2</source>
        <translation>%1 en el término %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>ZooKeeper node</source>
        <translation>Nodo ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Quorum role</source>
        <translation>Rol en el quórum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>Term (epoch)</source>
        <translation>Término (época)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <source>Committed up to (HW)</source>
        <translation>Confirmado hasta (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Log end offset</source>
        <translation>Offset final del log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>Latest snapshot</source>
        <translation>Última instantánea</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2 (offset final-época)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Partition %1</source>
        <translation>Partición %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>OFFLINE: ninguna réplica puede liderarla</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="173"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>broker líder %1 (época %2), ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="174"/>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="175"/>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="176"/>
        <source>Leader epoch</source>
        <translation>Época del líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>Partition epoch</source>
        <translation>Época de la partición</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="186"/>
        <source>Reassignment: adding</source>
        <translation>Reasignación: añadiendo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="187"/>
        <source>Reassignment: removing</source>
        <translation>Reasignación: quitando</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="192"/>
        <source>Topic %1 configs</source>
        <translation>Configuración del topic %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Réplica en el broker %1 (seleccionada)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1</source>
        <translation>Réplica en el broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>Consumer %1</source>
        <translation>Consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>%1, on its own</source>
        <translation>%1, por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>%1 in group %2, %3</source>
        <translation>%1 en el grupo %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="307"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <source>Member id</source>
        <translation>ID de miembro</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>Static member (group.instance.id)</source>
        <translation>Miembro estático (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="259"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Member state</source>
        <translation>Estado del miembro</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <source>Application state</source>
        <translation>Estado de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>Assignors</source>
        <translation>Asignadores</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="230"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>Rebalance protocol</source>
        <translation>Protocolo de rebalanceo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>Records polled</source>
        <translation>Registros obtenidos (poll)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="233"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Records processed</source>
        <translation>Registros procesados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="234"/>
        <source>Commits (failed)</source>
        <translation>Commits (fallidos)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="235"/>
        <source>Rebalances</source>
        <translation>Rebalanceos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Owns %1</source>
        <translation>Posee %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>Position (next offset)</source>
        <translation>Posición (siguiente offset)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <source>Committed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>High watermark seen</source>
        <translation>High watermark visto</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Reads from broker</source>
        <translation>Lee del broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Owns</source>
        <translation>Posee</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>Consumer group %1</source>
        <translation>Grupo de consumidores %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="253"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1, generación %2, %n miembro, lag %3</numerusform>
            <numerusform>%1, generación %2, %n miembros, lag %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="261"/>
        <source>Offsets stored in</source>
        <translation>Offsets guardados en</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>Assignor</source>
        <translation>Asignador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Oldest unread record</source>
        <translation>Registro no leído más antiguo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Processed twice (duplicates)</source>
        <translation>Procesados dos veces (duplicados)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="268"/>
        <source>Never processed (skipped)</source>
        <translation>Nunca procesados (omitidos)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="269"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>%1 (leader)</source>
        <translation>%1 (líder)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="272"/>
        <source>idle: no partitions</source>
        <translation>inactivo: sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="278"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · posición %2 · confirmado %3 · final %4 · lag %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="279"/>
        <source>no owner</source>
        <translation>sin propietario</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Last rebalance</source>
        <translation>Último rebalanceo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>revocadas %1 · perdidas %2 · asignadas %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Producer client on node %1</source>
        <translation>Cliente productor en el nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="308"/>
        <source>Records sent</source>
        <translation>Registros enviados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="309"/>
        <source>Acknowledged</source>
        <translation>Confirmados (ack)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="310"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="311"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="312"/>
        <source>Batch retries</source>
        <translation>Reintentos de lotes</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="316"/>
        <source>Configs</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="321"/>
        <source>Partitions written</source>
        <translation>Particiones escritas</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="324"/>
        <source>%1 record(s), %2 acknowledged, last %3</source>
        <translation>%1 registro(s), %2 confirmados, último %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="331"/>
        <source>Background producer</source>
        <translation>Productor en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="332"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="333"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="334"/>
        <source>Records per send</source>
        <translation>Registros por envío</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="335"/>
        <source>Every</source>
        <translation>Cada</translation>
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
    <name>LessonSummary</name>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="52"/>
        <source>The cluster at the end of the lesson</source>
        <translation>El clúster al final de la lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="53"/>
        <source>The cluster at step %1 of %2</source>
        <translation>El clúster en el paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Your turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="58"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="122"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="163"/>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="73"/>
        <source>Not answered. The answer: %1.</source>
        <translation>Sin responder. La respuesta: %1.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="76"/>
        <source>✓ Your answer: %1. Right.</source>
        <translation>✓ Su respuesta: %1. Correcta.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="78"/>
        <source>✗ Your answer: %1. The answer: %2.</source>
        <translation>✗ Su respuesta: %1. La respuesta: %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>✓ Done.</source>
        <translation>✓ Hecho.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>Not done.</source>
        <translation>Sin hacer.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="87"/>
        <source>not reached yet</source>
        <translation>aún no alcanzado</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Predictions: %1 of %2 right.</source>
        <translation>Predicciones: %1 de %2 correctas.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Tasks done: %1 of %2.</source>
        <translation>Tareas hechas: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="96"/>
        <source>Key terms:</source>
        <translation>Términos clave:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="116"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="155"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="176"/>
        <source>Cannot write the lesson summary %1: %2</source>
        <translation>No se puede escribir el resumen de la lección %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="13"/>
        <source>Acks and min.insync.replicas</source>
        <extracomment>acks-and-min-insync.lesson:2 (title)</extracomment>
        <translation>Acks y min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="15"/>
        <source>acks decides when a write counts as delivered; min.insync.replicas decides how few in-sync copies acks=all accepts.</source>
        <extracomment>acks-and-min-insync.lesson:5 (summary)</extracomment>
        <translation>acks decide cuándo una escritura cuenta como entregada; min.insync.replicas decide cuál es el mínimo de copias sincronizadas que acepta acks=all.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="17"/>
        <source>When is a record delivered?</source>
        <extracomment>acks-and-min-insync.lesson:14 (explain)</extracomment>
        <translation>¿Cuándo se entrega un registro?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="19"/>
        <source>The broker acknowledges a record to the producer, but when? The producer&apos;s acks setting decides: acks=0: never asked, the producer just sends; acks=1: once the partition&apos;s leader has written it; acks=all (the default since Kafka 3.0): once every replica in the ISR, the in-sync replicas, has it.</source>
        <extracomment>acks-and-min-insync.lesson:15 (say)</extracomment>
        <translation>El broker confirma un registro al productor, pero ¿cuándo? Lo decide el ajuste acks del productor: acks=0: nunca se pregunta, el productor simplemente envía; acks=1: en cuanto el líder de la partición lo ha escrito; acks=all (el valor por defecto desde Kafka 3.0): en cuanto lo tiene cada réplica del ISR, las réplicas sincronizadas (in-sync replicas).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="21"/>
        <source>payments-0 has three replicas, and min.insync.replicas=2: the leader refuses acks=all writes when fewer than two replicas are in sync. So an acknowledged acks=all record is always on at least two brokers.</source>
        <extracomment>acks-and-min-insync.lesson:19 (say)</extracomment>
        <translation>payments-0 tiene tres réplicas y min.insync.replicas=2: el líder rechaza las escrituras con acks=all cuando hay menos de dos réplicas sincronizadas. Así, un registro con acks=all confirmado está siempre en al menos dos brokers.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="23"/>
        <source>Crash broker 2</source>
        <extracomment>acks-and-min-insync.lesson:25 (task)</extracomment>
        <translation>Haz caer el broker 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="25"/>
        <source>Take out one replica: select broker 2 and press K, or type &apos;broker kill 2&apos;.</source>
        <extracomment>acks-and-min-insync.lesson:26 (say)</extracomment>
        <translation>Saca de juego una réplica: selecciona el broker 2 y pulsa K, o escribe &apos;broker kill 2&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="27"/>
        <source>Broker 3 crashes too</source>
        <extracomment>acks-and-min-insync.lesson:32 (run)</extracomment>
        <translation>El broker 3 también cae</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="29"/>
        <source>Now broker 3 fails as well. After broker.session.timeout.ms (9 s) the controller fences both and shrinks the ISR to the one broker left.</source>
        <extracomment>acks-and-min-insync.lesson:33 (say)</extracomment>
        <translation>Ahora falla también el broker 3. Pasado broker.session.timeout.ms (9 s), el controlador aísla (fenced) a ambos y reduce el ISR al único broker que queda.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="31"/>
        <source>One replica in sync, min.insync.replicas=2. Four acks=all records and three acks=1 records are sent. What happens?</source>
        <extracomment>acks-and-min-insync.lesson:41 (predict)</extracomment>
        <translation>Una réplica sincronizada, min.insync.replicas=2. Se envían cuatro registros con acks=all y tres con acks=1. ¿Qué ocurre?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="33"/>
        <source>All seven are written: the leader is up</source>
        <extracomment>acks-and-min-insync.lesson:42 (choice)</extracomment>
        <translation>Se escriben los siete: el líder está activo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="35"/>
        <source>The three acks=1 records are written; the four acks=all are refused with NOT_ENOUGH_REPLICAS</source>
        <extracomment>acks-and-min-insync.lesson:43 (correct)</extracomment>
        <translation>Se escriben los tres registros con acks=1; los cuatro con acks=all se rechazan con NOT_ENOUGH_REPLICAS</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="37"/>
        <source>Nothing is written: the partition is offline</source>
        <extracomment>acks-and-min-insync.lesson:44 (choice)</extracomment>
        <translation>No se escribe nada: la partición está offline</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="39"/>
        <source>acks=1 needs only the leader. acks=all needs at least min.insync.replicas in-sync replicas; with one, the leader rejects those records before writing them, with NOT_ENOUGH_REPLICAS.</source>
        <extracomment>acks-and-min-insync.lesson:45 (why)</extracomment>
        <translation>acks=1 solo necesita al líder. acks=all necesita al menos min.insync.replicas réplicas sincronizadas; con una sola, el líder rechaza esos registros antes de escribirlos, con NOT_ENOUGH_REPLICAS.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="41"/>
        <source>Send both kinds</source>
        <extracomment>acks-and-min-insync.lesson:49 (run)</extracomment>
        <translation>Envía de ambos tipos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="43"/>
        <source>Retries, then failure</source>
        <extracomment>acks-and-min-insync.lesson:58 (explain)</extracomment>
        <translation>Reintentos y, después, fallo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="45"/>
        <source>NOT_ENOUGH_REPLICAS is retriable: the producer keeps retrying until delivery.timeout.ms (2 minutes) has passed, then gives up and reports the failure to the application. Durability was chosen over availability: better refuse a payment than keep it on a single disk.</source>
        <extracomment>acks-and-min-insync.lesson:59 (say)</extracomment>
        <translation>NOT_ENOUGH_REPLICAS es reintentable: el productor sigue reintentando hasta que pasa delivery.timeout.ms (2 minutos); entonces se rinde e informa del fallo a la aplicación. Se eligió la durabilidad frente a la disponibilidad: mejor rechazar un pago que guardarlo en un solo disco.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="47"/>
        <source>Two minutes later</source>
        <extracomment>acks-and-min-insync.lesson:65 (run)</extracomment>
        <translation>Dos minutos después</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="49"/>
        <source>The brokers return</source>
        <extracomment>acks-and-min-insync.lesson:71 (run)</extracomment>
        <translation>Los brokers vuelven</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="51"/>
        <source>Brokers 2 and 3 restart, copy what they missed from broker 1 and rejoin the ISR; acks=all works again.</source>
        <extracomment>acks-and-min-insync.lesson:72 (say)</extracomment>
        <translation>Los brokers 2 y 3 se reinician, copian del broker 1 lo que se perdieron y vuelven a entrar en el ISR; acks=all vuelve a funcionar.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="53"/>
        <source>Brokers and the cluster</source>
        <extracomment>brokers.lesson:2 (title)</extracomment>
        <translation>Los brokers y el clúster</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="55"/>
        <source>A broker is a server that stores partitions and answers clients; a cluster is several brokers and a controller quorum that keeps them in step.</source>
        <extracomment>brokers.lesson:5 (summary)</extracomment>
        <translation>Un broker es un servidor que almacena particiones y responde a los clientes; un clúster son varios brokers y un quórum de controladores que los mantiene coordinados.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="57"/>
        <source>The post office</source>
        <extracomment>brokers.lesson:15 (explain)</extracomment>
        <translation>La oficina de correos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="59"/>
        <source>A Kafka broker is a server. It stores records on its disk and answers the clients that write (producers) and read (consumers). Think of a post office: you hand in and pick up letters there, without caring how the sorting room inside is run.</source>
        <extracomment>brokers.lesson:16 (say)</extracomment>
        <translation>Un broker de Kafka es un servidor. Guarda registros en su disco y responde a los clientes que escriben (productores) y a los que leen (consumidores). Piensa en una oficina de correos: allí entregas y recoges cartas sin preocuparte de cómo funciona la sala de clasificación que hay dentro.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="61"/>
        <source>A cluster is several brokers working together: here brokers 1, 2 and 3.</source>
        <extracomment>brokers.lesson:20 (say)</extracomment>
        <translation>Un clúster son varios brokers que trabajan juntos: aquí, los brokers 1, 2 y 3.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="63"/>
        <source>Who keeps the brokers in step</source>
        <extracomment>brokers.lesson:24 (explain)</extracomment>
        <translation>Quién mantiene coordinados a los brokers</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="65"/>
        <source>Since Kafka 4.0 a small quorum of controllers (101, 102 and 103 here) keeps the cluster&apos;s metadata: which brokers are alive, which topics exist, which broker leads each partition. One of them is the active controller; the others follow its metadata log.</source>
        <extracomment>brokers.lesson:25 (say)</extracomment>
        <translation>Desde Kafka 4.0, un pequeño quórum de controladores (aquí 101, 102 y 103) guarda los metadatos del clúster: qué brokers están vivos, qué topics existen, qué broker lidera cada partición. Uno de ellos es el controlador activo; los demás siguen su log de metadatos.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="67"/>
        <source>Sharing the work</source>
        <extracomment>brokers.lesson:35 (explain)</extracomment>
        <translation>Repartir el trabajo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="69"/>
        <source>The topic orders has three partitions, each copied to all three brokers. Every partition has one leader, the broker that takes its writes, and Kafka spreads the leaders over the brokers so that each does a share of the work.</source>
        <extracomment>brokers.lesson:36 (say)</extracomment>
        <translation>El topic orders tiene tres particiones, cada una copiada en los tres brokers. Cada partición tiene un líder, el broker que recibe sus escrituras, y Kafka reparte los líderes entre los brokers para que cada uno haga una parte del trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="71"/>
        <source>A broker crashes. What happens to the cluster?</source>
        <extracomment>brokers.lesson:45 (predict)</extracomment>
        <translation>Un broker cae. ¿Qué le pasa al clúster?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="73"/>
        <source>Everything stops until the broker comes back</source>
        <extracomment>brokers.lesson:46 (choice)</extracomment>
        <translation>Todo se detiene hasta que el broker vuelve</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="75"/>
        <source>The other brokers carry on; the crashed broker&apos;s partitions get new leaders</source>
        <extracomment>brokers.lesson:47 (correct)</extracomment>
        <translation>Los demás brokers siguen funcionando; las particiones del broker caído reciben nuevos líderes</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="77"/>
        <source>Nothing at all: clients never noticed which broker they used</source>
        <extracomment>brokers.lesson:48 (choice)</extracomment>
        <translation>Nada en absoluto: los clientes nunca supieron qué broker usaban</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="79"/>
        <source>The controller notices the missing heartbeats after broker.session.timeout.ms (9 s), fences the broker and elects new leaders from the in-sync replicas on the other brokers.</source>
        <extracomment>brokers.lesson:49 (why)</extracomment>
        <translation>El controlador nota la falta de heartbeats pasado broker.session.timeout.ms (9 s), aísla al broker y elige nuevos líderes entre las réplicas sincronizadas de los otros brokers.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="81"/>
        <source>Crash broker 1</source>
        <extracomment>brokers.lesson:53 (task)</extracomment>
        <translation>Haz caer el broker 1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="83"/>
        <source>Select broker 1 and press K (Faults → Kill), or type &apos;broker kill 1&apos;.</source>
        <extracomment>brokers.lesson:54 (say)</extracomment>
        <translation>Selecciona el broker 1 y pulsa K (Fallos → Matar), o escribe &apos;broker kill 1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="85"/>
        <source>The controller takes over</source>
        <extracomment>brokers.lesson:60 (run)</extracomment>
        <translation>El controlador toma el mando</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="87"/>
        <source>Watch the controller fence broker 1 and move its leaderships.</source>
        <extracomment>brokers.lesson:61 (say)</extracomment>
        <translation>Observa cómo el controlador aísla al broker 1 y traslada sus liderazgos.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="89"/>
        <source>Why nothing was lost</source>
        <extracomment>brokers.lesson:69 (explain)</extracomment>
        <translation>Por qué no se perdió nada</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="91"/>
        <source>Every partition was on all three brokers, so the two left still have every record. The cluster runs on with two brokers; the partitions are under-replicated until broker 1 returns.</source>
        <extracomment>brokers.lesson:70 (say)</extracomment>
        <translation>Cada partición estaba en los tres brokers, así que los dos que quedan siguen teniendo todos los registros. El clúster sigue funcionando con dos brokers; las particiones están infrarreplicadas (under-replicated) hasta que vuelva el broker 1.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="93"/>
        <source>Consumer groups and rebalancing: eager vs cooperative</source>
        <extracomment>consumer-groups.lesson:3 (title)</extracomment>
        <translation>Grupos de consumidores y rebalanceo: eager frente a cooperativo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="95"/>
        <source>A group shares a topic&apos;s partitions among its members, one reader per partition; when members come or go it rebalances, eagerly (everyone stops) or cooperatively (only moved partitions stop).</source>
        <extracomment>consumer-groups.lesson:6 (summary)</extracomment>
        <translation>Un grupo reparte las particiones de un topic entre sus miembros, un lector por partición; cuando llegan o se van miembros, se rebalancea, de forma eager (todos se detienen) o cooperativa (solo se detienen las particiones que cambian de dueño).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="97"/>
        <source>Working together</source>
        <extracomment>consumer-groups.lesson:17 (explain)</extracomment>
        <translation>Trabajo en equipo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="99"/>
        <source>A consumer group is a set of consumers with the same group.id that share the work of reading a topic. Kafka makes sure each partition is read by only one member of the group; a group with more members than partitions leaves the extra ones idle. Different groups read the same topic independently, each with its own offsets.</source>
        <extracomment>consumer-groups.lesson:18 (say)</extracomment>
        <translation>Un grupo de consumidores es un conjunto de consumidores con el mismo group.id que se reparten el trabajo de leer un topic. Kafka se asegura de que cada partición la lea un solo miembro del grupo; en un grupo con más miembros que particiones, los que sobran quedan inactivos. Grupos distintos leen el mismo topic de forma independiente, cada uno con sus propios offsets.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="101"/>
        <source>The group coordinator (a broker) keeps the membership; the group&apos;s leader, one of the consumers, computes the assignment with the assignor.</source>
        <extracomment>consumer-groups.lesson:23 (say)</extracomment>
        <translation>El coordinador del grupo (un broker) lleva la lista de miembros; el líder del grupo, uno de los consumidores, calcula la asignación con el assignor.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="103"/>
        <source>Two groups of two</source>
        <extracomment>consumer-groups.lesson:27 (run)</extracomment>
        <translation>Dos grupos de dos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="105"/>
        <source>eager-group uses the sticky assignor (eager protocol); coop-group uses cooperative-sticky (KIP-429). Both read clicks.</source>
        <extracomment>consumer-groups.lesson:28 (say)</extracomment>
        <translation>eager-group usa el assignor sticky (protocolo eager); coop-group usa cooperative-sticky (KIP-429). Ambos leen clicks.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="107"/>
        <source>Three partitions each</source>
        <extracomment>consumer-groups.lesson:42 (explain)</extracomment>
        <translation>Tres particiones cada uno</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="109"/>
        <source>Each member owns three of the six partitions. Both groups read all 300 records: independently.</source>
        <extracomment>consumer-groups.lesson:43 (say)</extracomment>
        <translation>Cada miembro es dueño de tres de las seis particiones. Ambos grupos leen los 300 registros, de forma independiente.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="111"/>
        <source>A third consumer joins each group. How many partitions are revoked in each group?</source>
        <extracomment>consumer-groups.lesson:47 (predict)</extracomment>
        <translation>Un tercer consumidor se une a cada grupo. ¿Cuántas particiones se revocan en cada grupo?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="113"/>
        <source>Two in each: only the ones that move</source>
        <extracomment>consumer-groups.lesson:48 (choice)</extracomment>
        <translation>Dos en cada uno: solo las que cambian de dueño</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="115"/>
        <source>Six in the eager group, two in the cooperative group</source>
        <extracomment>consumer-groups.lesson:49 (correct)</extracomment>
        <translation>Seis en el grupo eager, dos en el grupo cooperativo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="117"/>
        <source>Six in each: every rebalance stops everyone</source>
        <extracomment>consumer-groups.lesson:50 (choice)</extracomment>
        <translation>Seis en cada uno: todo rebalanceo detiene a todos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="119"/>
        <source>With the eager protocol every member gives up all its partitions before rejoining (6 revoked), then gets them back minus what moves: the whole group stops reading for a moment. The cooperative protocol revokes only the partitions that move to the new member (2), in a second rebalance; the others keep reading throughout.</source>
        <extracomment>consumer-groups.lesson:51 (why)</extracomment>
        <translation>Con el protocolo eager, cada miembro cede todas sus particiones antes de volver a unirse (6 revocadas) y luego las recupera, menos las que cambian de dueño: todo el grupo deja de leer por un momento. El protocolo cooperativo revoca solo las particiones que pasan al nuevo miembro (2), en un segundo rebalanceo; las demás se siguen leyendo todo el tiempo.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="121"/>
        <source>Add a consumer to each group</source>
        <extracomment>consumer-groups.lesson:57 (task)</extracomment>
        <translation>Añade un consumidor a cada grupo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="123"/>
        <source>Cluster → Add consumer…: add e3 to eager-group (assignor sticky) and k3 to coop-group (assignor cooperative-sticky), reading clicks from the earliest offset.</source>
        <extracomment>consumer-groups.lesson:58 (say)</extracomment>
        <translation>Clúster → Añadir consumidor…: añade e3 a eager-group (assignor sticky) y k3 a coop-group (assignor cooperative-sticky), que lean clicks desde el offset más antiguo (earliest).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="125"/>
        <source>Settle</source>
        <extracomment>consumer-groups.lesson:68 (run)</extracomment>
        <translation>Deja que se estabilice</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="127"/>
        <source>Switching to cooperative</source>
        <extracomment>consumer-groups.lesson:76 (explain)</extracomment>
        <translation>Pasar a cooperativo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="129"/>
        <source>By default (partition.assignment.strategy, Kafka 3.0 and later) consumers offer range first and cooperative-sticky second, so a group still uses range, eagerly. Removing range in a rolling restart switches the group to cooperative rebalancing: big groups then rebalance without stopping the world. Static membership (group.instance.id, KIP-345) avoids rebalances for a restart within session.timeout.ms.</source>
        <extracomment>consumer-groups.lesson:77 (say)</extracomment>
        <translation>Por defecto (partition.assignment.strategy, Kafka 3.0 y posteriores), los consumidores ofrecen primero range y en segundo lugar cooperative-sticky, así que el grupo sigue usando range, de forma eager. Si quitas range en un reinicio escalonado (rolling restart), el grupo pasa a rebalanceo cooperativo: así los grupos grandes se rebalancean sin detenerlo todo (stop-the-world). La membresía estática (group.instance.id, KIP-345) evita los rebalanceos en un reinicio que dure menos de session.timeout.ms.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="131"/>
        <source>Consumers, offsets and commits: at-least-once vs at-most-once</source>
        <extracomment>consumers-and-commits.lesson:2 (title)</extracomment>
        <translation>Consumidores, offsets y commits: at-least-once frente a at-most-once</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="133"/>
        <source>A consumer&apos;s offset is a bookmark; committing it after processing repeats records after a crash (at-least-once), committing before loses them (at-most-once).</source>
        <extracomment>consumers-and-commits.lesson:5 (summary)</extracomment>
        <translation>El offset de un consumidor es un marcapáginas: si haces su commit después de procesar, se repiten registros tras un fallo (at-least-once); si lo haces antes, se pierden (at-most-once).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="135"/>
        <source>The bookmark</source>
        <extracomment>consumers-and-commits.lesson:16 (explain)</extracomment>
        <translation>El marcapáginas</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="137"/>
        <source>A consumer reads a partition from some offset on, in order, in batches it gets from poll(). It keeps its position (the next offset to read) and, now and then, commits an offset to its consumer group, which Kafka stores in the internal topic __consumer_offsets.</source>
        <extracomment>consumers-and-commits.lesson:17 (say)</extracomment>
        <translation>Un consumidor lee una partición a partir de un offset, en orden, en lotes que obtiene de poll(). Guarda su posición (el siguiente offset que debe leer) y, de vez en cuando, hace commit de un offset en su grupo de consumidores, que Kafka guarda en el topic interno __consumer_offsets.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="139"/>
        <source>The committed offset is like a bookmark in your Netflix show: after a crash or a restart, the group starts again where the bookmark is, not where the consumer had got to.</source>
        <extracomment>consumers-and-commits.lesson:21 (say)</extracomment>
        <translation>El offset confirmado (committed) es como el marcapáginas de tu serie de Netflix: tras un fallo o un reinicio, el grupo vuelve a empezar donde está el marcapáginas, no donde había llegado el consumidor.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="141"/>
        <source>Two groups, two ways to commit</source>
        <extracomment>consumers-and-commits.lesson:27 (run)</extracomment>
        <translation>Dos grupos, dos formas de hacer commit</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="143"/>
        <source>Group at-least-once commits after processing each batch of 10 records; group at-most-once commits right after poll, before processing. Each record takes 500 ms to process. Each group has a spare consumer that idles: one partition, one reader per group.</source>
        <extracomment>consumers-and-commits.lesson:28 (say)</extracomment>
        <translation>El grupo at-least-once hace commit después de procesar cada lote de 10 registros; el grupo at-most-once hace commit justo después del poll, antes de procesar. Procesar cada registro tarda 500 ms. Cada grupo tiene un consumidor de reserva inactivo: una partición, un lector por grupo.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="145"/>
        <source>Both readers crash in the middle of a batch. What does each group do afterwards?</source>
        <extracomment>consumers-and-commits.lesson:40 (predict)</extracomment>
        <translation>Ambos lectores caen en mitad de un lote. ¿Qué hace cada grupo después?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="147"/>
        <source>at-least-once processes some records twice; at-most-once never processes some at all</source>
        <extracomment>consumers-and-commits.lesson:41 (correct)</extracomment>
        <translation>at-least-once procesa algunos registros dos veces; at-most-once no llega a procesar algunos nunca</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="149"/>
        <source>Both carry on exactly where they stopped</source>
        <extracomment>consumers-and-commits.lesson:42 (choice)</extracomment>
        <translation>Ambos siguen exactamente donde se detuvieron</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="151"/>
        <source>Both process some records twice</source>
        <extracomment>consumers-and-commits.lesson:43 (choice)</extracomment>
        <translation>Ambos procesan algunos registros dos veces</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="153"/>
        <source>at-least-once&apos;s bookmark is still at the start of the unfinished batch, so the spare reads it again: duplicates. at-most-once had already moved its bookmark past the batch before processing it, so the spare starts after it: those records are skipped.</source>
        <extracomment>consumers-and-commits.lesson:44 (why)</extracomment>
        <translation>El marcapáginas de at-least-once sigue al principio del lote sin terminar, así que el de reserva lo vuelve a leer: duplicados. at-most-once ya había movido su marcapáginas más allá del lote antes de procesarlo, así que el de reserva empieza después de él: esos registros se saltan.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="155"/>
        <source>Crash both readers</source>
        <extracomment>consumers-and-commits.lesson:49 (task)</extracomment>
        <translation>Haz caer a ambos lectores</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="157"/>
        <source>Select consumer first-a and press K (a crash: nothing is committed), then the same for first-b; or type &apos;consumer kill first-a&apos; and &apos;consumer kill first-b&apos;. The step is done when both groups&apos; coordinators have noticed (session.timeout.ms, 10 s here).</source>
        <extracomment>consumers-and-commits.lesson:50 (say)</extracomment>
        <translation>Selecciona el consumidor first-a y pulsa K (un fallo: no se hace commit de nada); luego haz lo mismo con first-b; o escribe &apos;consumer kill first-a&apos; y &apos;consumer kill first-b&apos;. El paso termina cuando los coordinadores de ambos grupos lo han notado (session.timeout.ms, aquí 10 s).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="159"/>
        <source>The spares take over</source>
        <extracomment>consumers-and-commits.lesson:61 (run)</extracomment>
        <translation>Los de reserva toman el relevo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="161"/>
        <source>Which to choose</source>
        <extracomment>consumers-and-commits.lesson:71 (explain)</extracomment>
        <translation>Cuál elegir</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="163"/>
        <source>Commit after processing (at-least-once) when losing a record is worse than handling it twice, and make processing idempotent. Commit before (at-most-once) only when a lost record does not matter. Kafka&apos;s default, enable.auto.commit=true every 5 s, is at-least-once as long as poll is called only after the previous batch is processed. Exactly-once needs transactions.</source>
        <extracomment>consumers-and-commits.lesson:72 (say)</extracomment>
        <translation>Haz commit después de procesar (at-least-once) cuando perder un registro sea peor que tratarlo dos veces, y haz que el procesamiento sea idempotente. Haz commit antes (at-most-once) solo cuando no importe perder un registro. El valor por defecto de Kafka, enable.auto.commit=true cada 5 s, es at-least-once siempre que poll solo se llame después de procesar el lote anterior. Exactly-once necesita transacciones.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="165"/>
        <source>End to end: producer → topic → partition → consumer group</source>
        <extracomment>end-to-end.lesson:2 (title)</extracomment>
        <translation>De principio a fin: productor → topic → partición → grupo de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="167"/>
        <source>Follow one login event from the producer through its partition, the replication to followers, and the consumer group that reads it and commits its offset.</source>
        <extracomment>end-to-end.lesson:5 (summary)</extracomment>
        <translation>Sigue un evento de inicio de sesión desde el productor, a través de su partición y de la replicación a los seguidores, hasta el grupo de consumidores que lo lee y hace commit de su offset.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="169"/>
        <source>The path</source>
        <extracomment>end-to-end.lesson:15 (explain)</extracomment>
        <translation>El recorrido</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="171"/>
        <source>A producer sends a message to a topic. Kafka puts it in one of the topic&apos;s partitions, on the broker that leads that partition, which writes it to disk. Followers copy it. A consumer group subscribes to the topic; the consumer that owns the partition polls the message, processes it, and commits its offset.</source>
        <extracomment>end-to-end.lesson:16 (say)</extracomment>
        <translation>Un productor envía un mensaje a un topic. Kafka lo coloca en una de las particiones del topic, en el broker que lidera esa partición, que lo escribe en disco. Los seguidores lo copian. Un grupo de consumidores se suscribe al topic; el consumidor dueño de la partición obtiene el mensaje con poll, lo procesa y hace commit de su offset.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="173"/>
        <source>The event is sent with key 123. Which partition gets it?</source>
        <extracomment>end-to-end.lesson:23 (predict)</extracomment>
        <translation>El evento se envía con la clave 123. ¿Qué partición lo recibe?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="175"/>
        <source>Always the same one: murmur2 of the key, modulo 2</source>
        <extracomment>end-to-end.lesson:24 (correct)</extracomment>
        <translation>Siempre la misma: murmur2 de la clave, módulo 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="177"/>
        <source>The next one in turn (round-robin)</source>
        <extracomment>end-to-end.lesson:25 (choice)</extracomment>
        <translation>La siguiente por turno (round-robin)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="179"/>
        <source>The one on the least busy broker</source>
        <extracomment>end-to-end.lesson:26 (choice)</extracomment>
        <translation>La del broker menos ocupado</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="181"/>
        <source>A key picks the partition by hash, so every event of user 123 lands in one partition, in order.</source>
        <extracomment>end-to-end.lesson:27 (why)</extracomment>
        <translation>Una clave elige la partición por hash, así que todos los eventos del usuario 123 van a parar a una misma partición, en orden.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="183"/>
        <source>Step 1 to 4: send, assign a partition, store, replicate</source>
        <extracomment>end-to-end.lesson:30 (run)</extracomment>
        <translation>Pasos 1 a 4: enviar, asignar una partición, almacenar, replicar</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="185"/>
        <source>The producer sends the JSON event with key 123 and acks=all: the leader writes it, both followers fetch it, and only then is it acknowledged.</source>
        <extracomment>end-to-end.lesson:31 (say)</extracomment>
        <translation>El productor envía el evento JSON con la clave 123 y acks=all: el líder lo escribe, los dos seguidores lo obtienen (fetch) y solo entonces se confirma.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="187"/>
        <source>Stored and replicated</source>
        <extracomment>end-to-end.lesson:40 (explain)</extracomment>
        <translation>Almacenado y replicado</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="189"/>
        <source>The event is at offset 0 of user-events-1, on all three brokers. The leader moved the high watermark to 1 once every in-sync replica had it: consumers can now read it.</source>
        <extracomment>end-to-end.lesson:41 (say)</extracomment>
        <translation>El evento está en el offset 0 de user-events-1, en los tres brokers. El líder movió el high watermark a 1 en cuanto lo tuvo cada réplica sincronizada: ahora los consumidores pueden leerlo.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="191"/>
        <source>A consumer group with two consumers subscribes. Who reads user-events-1?</source>
        <extracomment>end-to-end.lesson:47 (predict)</extracomment>
        <translation>Se suscribe un grupo de consumidores con dos consumidores. ¿Quién lee user-events-1?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="193"/>
        <source>Both consumers, each a copy</source>
        <extracomment>end-to-end.lesson:48 (choice)</extracomment>
        <translation>Ambos consumidores, cada uno una copia</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="195"/>
        <source>Exactly one of them</source>
        <extracomment>end-to-end.lesson:49 (correct)</extracomment>
        <translation>Exactamente uno de ellos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="197"/>
        <source>Whichever asks first, record by record</source>
        <extracomment>end-to-end.lesson:50 (choice)</extracomment>
        <translation>El que lo pida primero, registro a registro</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="199"/>
        <source>Within a group each partition has one owner. With two partitions and two consumers, each owns one.</source>
        <extracomment>end-to-end.lesson:51 (why)</extracomment>
        <translation>Dentro de un grupo, cada partición tiene un único dueño. Con dos particiones y dos consumidores, cada uno es dueño de una.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="201"/>
        <source>Step 5 to 7: subscribe, poll, commit</source>
        <extracomment>end-to-end.lesson:54 (run)</extracomment>
        <translation>Pasos 5 a 7: suscribirse, poll, commit</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="203"/>
        <source>The bookmark moves on</source>
        <extracomment>end-to-end.lesson:64 (explain)</extracomment>
        <translation>El marcapáginas avanza</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="205"/>
        <source>The owner of user-events-1 polled the event, processed it and committed offset 1: the next record it wants. Another group, say billing, could read the same event independently, with its own offsets.</source>
        <extracomment>end-to-end.lesson:65 (say)</extracomment>
        <translation>El dueño de user-events-1 obtuvo el evento con poll, lo procesó e hizo commit del offset 1: el siguiente registro que quiere. Otro grupo, por ejemplo billing, podría leer el mismo evento de forma independiente, con sus propios offsets.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="207"/>
        <source>Send more events</source>
        <extracomment>end-to-end.lesson:71 (task)</extracomment>
        <translation>Envía más eventos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="209"/>
        <source>Now send more: type &apos;produce user-events key=123 value=logout count=5&apos; in the command line (Ctrl+K). The step is done when the group has processed six events.</source>
        <extracomment>end-to-end.lesson:72 (say)</extracomment>
        <translation>Ahora envía más: escribe &apos;produce user-events key=123 value=logout count=5&apos; en la línea de comandos (Ctrl+K). El paso termina cuando el grupo ha procesado seis eventos.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="211"/>
        <source>All of it</source>
        <extracomment>end-to-end.lesson:78 (explain)</extracomment>
        <translation>Todo el recorrido</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="213"/>
        <source>The same path for every event: the key chose user-events-1 each time, so user 123&apos;s events stayed in order, and the group read them all exactly once in order.</source>
        <extracomment>end-to-end.lesson:79 (say)</extracomment>
        <translation>El mismo recorrido para cada evento: la clave eligió user-events-1 cada vez, así que los eventos del usuario 123 se mantuvieron en orden, y el grupo los leyó todos exactamente una vez y en orden.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="215"/>
        <source>Producers: keys, round-robin and sticky, hot partitions</source>
        <extracomment>producers-and-keys.lesson:3 (title)</extracomment>
        <translation>Productores: claves, round-robin y sticky, particiones calientes</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="217"/>
        <source>The producer picks each record&apos;s partition: by the key&apos;s hash, or without a key by the sticky (default) or round-robin partitioner; one busy key makes a hot partition.</source>
        <extracomment>producers-and-keys.lesson:6 (summary)</extracomment>
        <translation>El productor elige la partición de cada registro: por el hash de la clave o, sin clave, con el particionador sticky (por defecto) o round-robin; una clave muy activa crea una partición caliente.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="219"/>
        <source>The producer chooses the partition</source>
        <extracomment>producers-and-keys.lesson:15 (explain)</extracomment>
        <translation>El productor elige la partición</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="221"/>
        <source>A producer, say a service that pushes website clicks or orders, writes to a topic. For every record it chooses one partition. With a key, Kafka&apos;s producer hashes the key (murmur2) and takes it modulo the number of partitions: the same key always lands in the same partition, so all the records of one customer stay in order.</source>
        <extracomment>producers-and-keys.lesson:16 (say)</extracomment>
        <translation>Un productor, por ejemplo un servicio que envía los clics o los pedidos de un sitio web, escribe en un topic. Para cada registro elige una partición. Con clave, el productor de Kafka calcula el hash de la clave (murmur2) y toma el resultado módulo el número de particiones: la misma clave siempre va a parar a la misma partición, así que todos los registros de un cliente se mantienen en orden.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="223"/>
        <source>Alice places 5 orders, then 2 more. Where do the last 2 go?</source>
        <extracomment>producers-and-keys.lesson:23 (predict)</extracomment>
        <translation>Alice hace 5 pedidos y luego 2 más. ¿Adónde van los 2 últimos?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="225"/>
        <source>To whichever partition is least busy</source>
        <extracomment>producers-and-keys.lesson:24 (choice)</extracomment>
        <translation>A la partición que esté menos ocupada</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="227"/>
        <source>To the same partition as her first 5</source>
        <extracomment>producers-and-keys.lesson:25 (correct)</extracomment>
        <translation>A la misma partición que sus 5 primeros</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="229"/>
        <source>One to each of two other partitions</source>
        <extracomment>producers-and-keys.lesson:26 (choice)</extracomment>
        <translation>Uno a cada una de otras dos particiones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="231"/>
        <source>The partition is murmur2(key) modulo the partition count: it depends only on the key (and on the number of partitions), so every alice record goes to the same partition.</source>
        <extracomment>producers-and-keys.lesson:27 (why)</extracomment>
        <translation>La partición es murmur2(clave) módulo el número de particiones: depende solo de la clave (y del número de particiones), así que todos los registros de alice van a la misma partición.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="233"/>
        <source>Orders with keys</source>
        <extracomment>producers-and-keys.lesson:31 (run)</extracomment>
        <translation>Pedidos con clave</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="235"/>
        <source>A hot partition</source>
        <extracomment>producers-and-keys.lesson:44 (explain)</extracomment>
        <translation>Una partición caliente</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="237"/>
        <source>alice and bob both hash to orders-0: it holds 10 records, the others 4 and 2. If one key is much busier than the rest (one huge customer, one popular product), its partition gets far more traffic than the others: a hot partition. Adding partitions does not help it; a better key (or a key with more spread) does.</source>
        <extracomment>producers-and-keys.lesson:45 (say)</extracomment>
        <translation>El hash de alice y el de bob caen ambos en orders-0: tiene 10 registros, y las otras, 4 y 2. Si una clave es mucho más activa que las demás (un cliente enorme, un producto popular), su partición recibe mucho más tráfico que las otras: una partición caliente (hot partition). Añadir particiones no la alivia; una clave mejor (o una clave más repartida) sí.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="239"/>
        <source>No key: sticky</source>
        <extracomment>producers-and-keys.lesson:53 (explain)</extracomment>
        <translation>Sin clave: sticky</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="241"/>
        <source>Without a key, Kafka&apos;s producer (since 2.4, and uniformly since 3.3) uses the sticky partitioner: it fills a whole batch for one partition, sends it, then switches to another. Fewer, fuller batches mean less overhead. Over time the partitions even out.</source>
        <extracomment>producers-and-keys.lesson:54 (say)</extracomment>
        <translation>Sin clave, el productor de Kafka (desde la 2.4, y de forma uniforme desde la 3.3) usa el particionador sticky: llena un lote entero para una partición, lo envía y luego pasa a otra. Menos lotes y más llenos suponen menos sobrecarga. Con el tiempo, las particiones se equilibran.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="243"/>
        <source>Twenty clicks without a key are sent at once with the sticky partitioner. Where do they go?</source>
        <extracomment>producers-and-keys.lesson:59 (predict)</extracomment>
        <translation>Se envían a la vez veinte clics sin clave con el particionador sticky. ¿Adónde van?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="245"/>
        <source>All twenty into one partition, in one batch</source>
        <extracomment>producers-and-keys.lesson:60 (correct)</extracomment>
        <translation>Los veinte a una partición, en un solo lote</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="247"/>
        <source>Seven, seven and six over the three partitions</source>
        <extracomment>producers-and-keys.lesson:61 (choice)</extracomment>
        <translation>Siete, siete y seis entre las tres particiones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="249"/>
        <source>Always to orders-0</source>
        <extracomment>producers-and-keys.lesson:62 (choice)</extracomment>
        <translation>Siempre a orders-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="251"/>
        <source>The records fit in one batch (batch.size 16384 bytes), and the sticky partitioner sends a whole batch to one partition; the next batch may go elsewhere.</source>
        <extracomment>producers-and-keys.lesson:63 (why)</extracomment>
        <translation>Los registros caben en un lote (batch.size de 16384 bytes), y el particionador sticky envía un lote entero a una partición; el siguiente lote puede ir a otra.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="253"/>
        <source>Twenty clicks, sticky</source>
        <extracomment>producers-and-keys.lesson:67 (run)</extracomment>
        <translation>Veinte clics, sticky</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="255"/>
        <source>Thirty clicks, round-robin</source>
        <extracomment>producers-and-keys.lesson:75 (run)</extracomment>
        <translation>Treinta clics, round-robin</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="257"/>
        <source>Before Kafka 2.4 records without a key went round-robin; Kafka still ships that as partitioner.class=RoundRobinPartitioner: each record gets the next partition in turn.</source>
        <extracomment>producers-and-keys.lesson:76 (say)</extracomment>
        <translation>Antes de Kafka 2.4, los registros sin clave se repartían en round-robin; Kafka todavía lo incluye como partitioner.class=RoundRobinPartitioner: cada registro recibe la siguiente partición por turno.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="259"/>
        <source>Choosing</source>
        <extracomment>producers-and-keys.lesson:86 (explain)</extracomment>
        <translation>Cómo elegir</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="261"/>
        <source>Use a key when order per entity matters; skip the key when it does not, and the sticky partitioner spreads the load in efficient batches. Either way, a record&apos;s offset is only meaningful within its partition.</source>
        <extracomment>producers-and-keys.lesson:87 (say)</extracomment>
        <translation>Usa una clave cuando importe el orden por entidad; prescinde de la clave cuando no importe, y el particionador sticky repartirá la carga en lotes eficientes. En cualquier caso, el offset de un registro solo tiene sentido dentro de su partición.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="263"/>
        <source>Replication, ISR and leader failover: clean vs unclean</source>
        <extracomment>replication-and-failover.lesson:3 (title)</extracomment>
        <translation>Replicación, ISR y failover del líder: limpio frente a no limpio (unclean)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="265"/>
        <source>Each partition has a leader and followers that copy it; the in-sync replicas (ISR) are the ones a new leader may come from, unless unclean leader election trades lost records for availability.</source>
        <extracomment>replication-and-failover.lesson:6 (summary)</extracomment>
        <translation>Cada partición tiene un líder y seguidores que la copian; las réplicas sincronizadas (ISR) son aquellas de las que puede salir un nuevo líder, salvo que una elección de líder no limpia (unclean) sacrifique registros a cambio de disponibilidad.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="267"/>
        <source>Leader and followers</source>
        <extracomment>replication-and-failover.lesson:20 (explain)</extracomment>
        <translation>Líder y seguidores</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="269"/>
        <source>Kafka copies every partition to several brokers, here three (rf=3). One replica is the leader: producers write to it, and consumers read from it (KIP-392 lets a consumer read from a follower in its own rack instead). The others are followers: they keep fetching the leader&apos;s new records.</source>
        <extracomment>replication-and-failover.lesson:21 (say)</extracomment>
        <translation>Kafka copia cada partición en varios brokers, aquí tres (rf=3). Una réplica es el líder: los productores escriben en ella y los consumidores leen de ella (KIP-392 permite que un consumidor lea en su lugar de un seguidor de su propio rack). Las demás son seguidores: van obteniendo sin parar los registros nuevos del líder.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="271"/>
        <source>The followers that have caught up form the ISR, the in-sync replicas, together with the leader. The high watermark (HW) is the offset every in-sync replica has; consumers read only up to it.</source>
        <extracomment>replication-and-failover.lesson:25 (say)</extracomment>
        <translation>Los seguidores que se han puesto al día forman, junto con el líder, el ISR, las réplicas sincronizadas (in-sync replicas). El high watermark (HW) es el offset hasta el que tienen los registros todas las réplicas sincronizadas; los consumidores solo leen hasta él.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="273"/>
        <source>Broker 1, the leader of orders-0, crashes. What happens to orders-0?</source>
        <extracomment>replication-and-failover.lesson:33 (predict)</extracomment>
        <translation>El broker 1, líder de orders-0, cae. ¿Qué le pasa a orders-0?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="275"/>
        <source>It stays offline until broker 1 comes back</source>
        <extracomment>replication-and-failover.lesson:34 (choice)</extracomment>
        <translation>Queda offline hasta que vuelve el broker 1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="277"/>
        <source>Broker 2 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:35 (correct)</extracomment>
        <translation>El broker 2 pasa a ser el líder, con los 10 registros</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="279"/>
        <source>Broker 3 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:36 (choice)</extracomment>
        <translation>El broker 3 pasa a ser el líder, con los 10 registros</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="281"/>
        <source>The controller elects the first replica in the replica list [1, 2, 3] that is alive and in the ISR: broker 2. Being in the ISR, it has every acknowledged record. That is a clean election.</source>
        <extracomment>replication-and-failover.lesson:37 (why)</extracomment>
        <translation>El controlador elige la primera réplica de la lista de réplicas [1, 2, 3] que esté viva y en el ISR: el broker 2. Al estar en el ISR, tiene todos los registros confirmados. Eso es una elección limpia.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="283"/>
        <source>Kill the leader of orders-0</source>
        <extracomment>replication-and-failover.lesson:41 (task)</extracomment>
        <translation>Mata al líder de orders-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="285"/>
        <source>Select broker 1, the leader of orders-0, and press K; or type &apos;broker kill 1&apos;.</source>
        <extracomment>replication-and-failover.lesson:42 (say)</extracomment>
        <translation>Selecciona el broker 1, el líder de orders-0, y pulsa K; o escribe &apos;broker kill 1&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="287"/>
        <source>A clean failover</source>
        <extracomment>replication-and-failover.lesson:48 (explain)</extracomment>
        <translation>Un failover limpio</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="289"/>
        <source>The controller waited for broker 1&apos;s heartbeats for broker.session.timeout.ms (9 s), fenced it, elected broker 2 and removed broker 1 from the ISR. Nothing acknowledged was lost.</source>
        <extracomment>replication-and-failover.lesson:49 (say)</extracomment>
        <translation>El controlador esperó los heartbeats del broker 1 durante broker.session.timeout.ms (9 s), lo aisló (fenced), eligió al broker 2 y quitó al broker 1 del ISR. No se perdió nada confirmado.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="291"/>
        <source>Broker 1 returns, broker 3 falls behind</source>
        <extracomment>replication-and-failover.lesson:57 (run)</extracomment>
        <translation>El broker 1 vuelve, el broker 3 se queda atrás</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="293"/>
        <source>Broker 1 restarts and rejoins as a follower. Then broker 3 loses its link to the leader: once it has not caught up for replica.lag.time.max.ms (30 s; the leader looks every 15 s), the leader drops it from the ISR. Twenty more records are acknowledged by brokers 1 and 2 alone (min.insync.replicas=2 is met).</source>
        <extracomment>replication-and-failover.lesson:58 (say)</extracomment>
        <translation>El broker 1 se reinicia y vuelve a unirse como seguidor. Después, el broker 3 pierde su conexión con el líder: cuando lleva replica.lag.time.max.ms (30 s; el líder lo comprueba cada 15 s) sin ponerse al día, el líder lo saca del ISR. Otros veinte registros los confirman solo los brokers 1 y 2 (se cumple min.insync.replicas=2).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="295"/>
        <source>Brokers 1 and 2 both crash. Only broker 3, out of sync, is alive. What happens?</source>
        <extracomment>replication-and-failover.lesson:73 (predict)</extracomment>
        <translation>Caen los brokers 1 y 2. Solo sigue vivo el broker 3, que no está sincronizado. ¿Qué ocurre?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="297"/>
        <source>orders-0 goes offline: no in-sync replica is left to lead</source>
        <extracomment>replication-and-failover.lesson:74 (correct)</extracomment>
        <translation>orders-0 queda offline: no queda ninguna réplica sincronizada que pueda ser líder</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="299"/>
        <source>Broker 3 leads, with all 30 records</source>
        <extracomment>replication-and-failover.lesson:75 (choice)</extracomment>
        <translation>El broker 3 es el líder, con los 30 registros</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="301"/>
        <source>Broker 3 leads, with only the first 10 records</source>
        <extracomment>replication-and-failover.lesson:76 (choice)</extracomment>
        <translation>El broker 3 es el líder, solo con los 10 primeros registros</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="303"/>
        <source>unclean.leader.election.enable is false by default: Kafka would rather have no leader than one that lacks acknowledged records. The partition waits for broker 1 or 2.</source>
        <extracomment>replication-and-failover.lesson:77 (why)</extracomment>
        <translation>unclean.leader.election.enable es false por defecto: Kafka prefiere no tener líder a tener uno al que le faltan registros confirmados. La partición espera al broker 1 o al 2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="305"/>
        <source>Both in-sync replicas crash</source>
        <extracomment>replication-and-failover.lesson:81 (run)</extracomment>
        <translation>Caen ambas réplicas sincronizadas</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="307"/>
        <source>Allow an unclean election</source>
        <extracomment>replication-and-failover.lesson:88 (run)</extracomment>
        <translation>Permite una elección no limpia</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="309"/>
        <source>Now allow it for this topic: the controller elects broker 3, the only live replica. It has only the first 10 records: the 20 acknowledged later are gone (the event log says which).</source>
        <extracomment>replication-and-failover.lesson:89 (say)</extracomment>
        <translation>Ahora permítela para este topic: el controlador elige al broker 3, la única réplica viva. Solo tiene los 10 primeros registros: los 20 confirmados después se han perdido (el registro de eventos indica cuáles).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="311"/>
        <source>Availability or durability</source>
        <extracomment>replication-and-failover.lesson:97 (explain)</extracomment>
        <translation>Disponibilidad o durabilidad</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="313"/>
        <source>A clean election never loses an acknowledged record but may leave a partition offline; an unclean one keeps it available but may lose records. Kafka&apos;s default is clean. rf=3 with min.insync.replicas=2 and acks=all survives any one broker without loss.</source>
        <extracomment>replication-and-failover.lesson:98 (say)</extracomment>
        <translation>Una elección limpia nunca pierde un registro confirmado, pero puede dejar una partición offline; una no limpia la mantiene disponible, pero puede perder registros. Lo predeterminado en Kafka es la elección limpia. rf=3 con min.insync.replicas=2 y acks=all sobrevive a la caída de cualquier broker sin perder nada.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="315"/>
        <source>Topics, partitions and offsets</source>
        <extracomment>topics-partitions-offsets.lesson:2 (title)</extracomment>
        <translation>Topics, particiones y offsets</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="317"/>
        <source>A topic is a named stream split into partitions; each partition is an append-only log in which every record gets the next offset.</source>
        <extracomment>topics-partitions-offsets.lesson:5 (summary)</extracomment>
        <translation>Un topic es un flujo con nombre dividido en particiones; cada partición es un log de solo anexado (append-only) en el que cada registro recibe el siguiente offset.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="319"/>
        <source>A topic is a named category</source>
        <extracomment>topics-partitions-offsets.lesson:14 (explain)</extracomment>
        <translation>Un topic es una categoría con nombre</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="321"/>
        <source>A topic is a named stream of records, like order_placed or user_signup. Producers write to a topic by name and consumers read it by name.</source>
        <extracomment>topics-partitions-offsets.lesson:15 (say)</extracomment>
        <translation>Un topic es un flujo de registros con nombre, como order_placed o user_signup. Los productores escriben en un topic indicando su nombre y los consumidores lo leen indicando su nombre.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="323"/>
        <source>The topic user-logs is split into three partitions, user-logs-0, -1 and -2. With one replica each (rf=1) every partition lives on exactly one broker: the partitions spread the topic over the cluster, so three brokers can take its writes and three consumers can read it in parallel.</source>
        <extracomment>topics-partitions-offsets.lesson:18 (say)</extracomment>
        <translation>El topic user-logs se divide en tres particiones: user-logs-0, -1 y -2. Con una réplica cada una (rf=1), cada partición vive exactamente en un broker: las particiones reparten el topic por el clúster, así que tres brokers pueden recibir sus escrituras y tres consumidores pueden leerlo en paralelo.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="325"/>
        <source>A partition is a log</source>
        <extracomment>topics-partitions-offsets.lesson:27 (explain)</extracomment>
        <translation>Una partición es un log</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="327"/>
        <source>Think of a partition as a log file written from one side only: a new record always goes at the end, nothing is changed or inserted in the middle. Each record gets the next number in its partition, its offset: 0, 1, 2, ... The log end offset (LEO) is the offset the next record will get.</source>
        <extracomment>topics-partitions-offsets.lesson:28 (say)</extracomment>
        <translation>Piensa en una partición como un archivo de log que solo se escribe por un extremo: un registro nuevo siempre va al final, y nada se cambia ni se inserta en medio. Cada registro recibe el siguiente número de su partición, su offset: 0, 1, 2, ... El log end offset (LEO) es el offset que recibirá el siguiente registro.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="329"/>
        <source>Five records go to user-logs-0. What offset does the fifth get?</source>
        <extracomment>topics-partitions-offsets.lesson:35 (predict)</extracomment>
        <translation>Se envían cinco registros a user-logs-0. ¿Qué offset recibe el quinto?</translation>
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
        <translation>Depende de las otras particiones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="337"/>
        <source>Offsets start at 0 and count per partition: the five records get offsets 0 to 4, and the log end offset becomes 5. Each partition counts on its own.</source>
        <extracomment>topics-partitions-offsets.lesson:39 (why)</extracomment>
        <translation>Los offsets empiezan en 0 y se cuentan por partición: los cinco registros reciben los offsets 0 a 4, y el log end offset pasa a ser 5. Cada partición lleva su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="339"/>
        <source>Write five records to user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:43 (run)</extracomment>
        <translation>Escribe cinco registros en user-logs-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="341"/>
        <source>Now three records go to user-logs-1. Which offsets do they get?</source>
        <extracomment>topics-partitions-offsets.lesson:51 (predict)</extracomment>
        <translation>Ahora van tres registros a user-logs-1. ¿Qué offsets reciben?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="343"/>
        <source>5, 6 and 7, after the records of user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:52 (choice)</extracomment>
        <translation>5, 6 y 7, después de los registros de user-logs-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="345"/>
        <source>0, 1 and 2</source>
        <extracomment>topics-partitions-offsets.lesson:53 (correct)</extracomment>
        <translation>0, 1 y 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="347"/>
        <source>Random free numbers</source>
        <extracomment>topics-partitions-offsets.lesson:54 (choice)</extracomment>
        <translation>Números libres al azar</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="349"/>
        <source>Every partition has its own sequence of offsets. Order is kept within a partition, not across the partitions of a topic.</source>
        <extracomment>topics-partitions-offsets.lesson:55 (why)</extracomment>
        <translation>Cada partición tiene su propia secuencia de offsets. El orden se mantiene dentro de una partición, no entre las particiones de un topic.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="351"/>
        <source>Write three records to user-logs-1</source>
        <extracomment>topics-partitions-offsets.lesson:59 (run)</extracomment>
        <translation>Escribe tres registros en user-logs-1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="353"/>
        <source>Why partitions</source>
        <extracomment>topics-partitions-offsets.lesson:66 (explain)</extracomment>
        <translation>Por qué particiones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="355"/>
        <source>Ordering per partition and independence between partitions is the trade Kafka makes: a topic grows by adding partitions (parallelism and scale), and whatever must stay in order goes to one partition (the next lesson: keys).</source>
        <extracomment>topics-partitions-offsets.lesson:67 (say)</extracomment>
        <translation>Orden dentro de cada partición e independencia entre particiones: ese es el compromiso que asume Kafka. Un topic crece añadiendo particiones (paralelismo y escala), y lo que deba mantenerse en orden va a una sola partición (la próxima lección: las claves).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="357"/>
        <source>ZooKeeper vs KRaft: who keeps the metadata</source>
        <extracomment>zookeeper-vs-kraft.lesson:3 (title)</extracomment>
        <translation>ZooKeeper frente a KRaft: quién guarda los metadatos</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="359"/>
        <source>Before Kafka 4.0 a ZooKeeper ensemble held the metadata and one broker was the controller; KRaft replaced both with a Raft quorum of controllers that fails over in seconds.</source>
        <extracomment>zookeeper-vs-kraft.lesson:6 (summary)</extracomment>
        <translation>Antes de Kafka 4.0, un ensemble de ZooKeeper guardaba los metadatos y un broker era el controlador; KRaft sustituyó a ambos por un quórum Raft de controladores que hace el failover en segundos.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="361"/>
        <source>Kafka before 4.0: ZooKeeper</source>
        <extracomment>zookeeper-vs-kraft.lesson:15 (explain)</extracomment>
        <translation>Kafka antes de la 4.0: ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="363"/>
        <source>This cluster runs the way Kafka did before 4.0 (ZooKeeper mode, removed in Kafka 4.0). A separate ZooKeeper ensemble (nodes 201, 202, 203) stores the metadata as znodes: /brokers/ids, the topics, each partition&apos;s leader and ISR. Every broker keeps a ZooKeeper session alive with pings.</source>
        <extracomment>zookeeper-vs-kraft.lesson:16 (say)</extracomment>
        <translation>Este clúster funciona como Kafka antes de la 4.0 (modo ZooKeeper, eliminado en Kafka 4.0). Un ensemble de ZooKeeper aparte (nodos 201, 202, 203) guarda los metadatos como znodes: /brokers/ids, los topics, el líder y el ISR de cada partición. Cada broker mantiene viva una sesión de ZooKeeper con pings.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="365"/>
        <source>One broker is also the controller: the one that first created the ephemeral /controller znode. Here that is broker 3. It reads the whole state from ZooKeeper and pushes leader changes to the other brokers.</source>
        <extracomment>zookeeper-vs-kraft.lesson:20 (say)</extracomment>
        <translation>Un broker es además el controlador: el primero que creó el znode efímero /controller. Aquí es el broker 3. Lee todo el estado de ZooKeeper y envía los cambios de líder a los demás brokers.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="367"/>
        <source>The controller broker crashes. How long until another broker is the controller?</source>
        <extracomment>zookeeper-vs-kraft.lesson:27 (predict)</extracomment>
        <translation>El broker controlador cae. ¿Cuánto tarda otro broker en ser el controlador?</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="369"/>
        <source>About 2 seconds: the others notice at once</source>
        <extracomment>zookeeper-vs-kraft.lesson:28 (choice)</extracomment>
        <translation>Unos 2 segundos: los demás lo notan enseguida</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="371"/>
        <source>12 to 18 seconds: when its ZooKeeper session expires</source>
        <extracomment>zookeeper-vs-kraft.lesson:29 (correct)</extracomment>
        <translation>De 12 a 18 segundos: cuando expira su sesión de ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="373"/>
        <source>Never: a new controller must be chosen by hand</source>
        <extracomment>zookeeper-vs-kraft.lesson:30 (choice)</extracomment>
        <translation>Nunca: hay que elegir un nuevo controlador a mano</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="375"/>
        <source>Nothing happens until ZooKeeper gives up on the dead broker&apos;s session (zookeeper.session.timeout.ms, 18 s from its last ping). Then the ephemeral /controller znode disappears, the other brokers race to create it, and the winner reads the whole cluster state from ZooKeeper before it acts.</source>
        <extracomment>zookeeper-vs-kraft.lesson:31 (why)</extracomment>
        <translation>No pasa nada hasta que ZooKeeper da por perdida la sesión del broker muerto (zookeeper.session.timeout.ms, 18 s desde su último ping). Entonces desaparece el znode efímero /controller, los demás brokers compiten por crearlo, y el ganador lee todo el estado del clúster de ZooKeeper antes de actuar.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="377"/>
        <source>Kill the controller</source>
        <extracomment>zookeeper-vs-kraft.lesson:36 (task)</extracomment>
        <translation>Mata al controlador</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="379"/>
        <source>Select broker 3, the controller, and press K; or type &apos;controller kill active&apos;.</source>
        <extracomment>zookeeper-vs-kraft.lesson:37 (say)</extracomment>
        <translation>Selecciona el broker 3, el controlador, y pulsa K; o escribe &apos;controller kill active&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="381"/>
        <source>What took so long</source>
        <extracomment>zookeeper-vs-kraft.lesson:44 (explain)</extracomment>
        <translation>Por qué tardó tanto</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="383"/>
        <source>The session expired about 17 s after the crash, then broker 1 won the race for /controller and loaded the state (milliseconds here; minutes in clusters with hundreds of thousands of partitions). Because the controller was a broker, its partitions lost their leader too.</source>
        <extracomment>zookeeper-vs-kraft.lesson:45 (say)</extracomment>
        <translation>La sesión expiró unos 17 s después del fallo; luego el broker 1 ganó la carrera por /controller y cargó el estado (aquí, milisegundos; minutos en clústeres con cientos de miles de particiones). Como el controlador era un broker, sus particiones también perdieron a su líder.</translation>
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
        <translation>KRaft (KIP-500, listo para producción desde la 3.3, único modo desde la 4.0) prescinde de ZooKeeper. Un quórum de controladores guarda los metadatos como un log replicado, __cluster_metadata, con Raft; su líder es el controlador activo. Cuando muere, los demás lo notan en controller.quorum.fetch.timeout.ms (2 s), eligen un nuevo líder que ya tiene todo el log y continúan: unos 2,5 s en la simulación, frente a 13 s aquí. Los brokers piden (pull) al controlador los cambios de metadatos en lugar de que se los envíe (push), y un broker muerto se detecta pasado broker.session.timeout.ms (9 s) en lugar de 18 s.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="389"/>
        <source>Run &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos; to see both side by side.</source>
        <extracomment>zookeeper-vs-kraft.lesson:62 (say)</extracomment>
        <translation>Ejecuta &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos; para ver ambos lado a lado.</translation>
    </message>
</context>
<context>
    <name>MetricsTracker</name>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="46"/>
        <source>Partitions this broker leads whose ISR lacks a replica: a follower is down or slow. Healthy: 0.</source>
        <translation>Particiones que lidera este broker cuyo ISR carece de una réplica: un seguidor está caído o lento. Sano: 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="47"/>
        <source>Partitions with no leader: nobody can produce to or consume from them. Above 0 is an outage.</source>
        <translation>Particiones sin líder: nadie puede producir en ellas ni consumir de ellas. Por encima de 0 es una caída del servicio.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="48"/>
        <source>Nodes acting as the active controller; over the whole cluster it must be exactly 1.</source>
        <translation>Nodos que actúan como controlador activo; en todo el clúster debe ser exactamente 1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="50"/>
        <source>How often leaders drop a follower from the ISR (it fell behind replica.lag.time.max.ms or its broker died).</source>
        <translation>Frecuencia con la que los líderes sacan a un seguidor del ISR (se quedó atrás más de replica.lag.time.max.ms o su broker murió).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="51"/>
        <source>How often leaders take a caught-up follower back into the ISR, e.g. after a restart.</source>
        <translation>Frecuencia con la que los líderes readmiten en el ISR a un seguidor al día, p. ej. tras un reinicio.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="53"/>
        <source>Leader elections per second, and how long the partitions went without a leader (from the fault to the new leader).</source>
        <translation>Elecciones de líder por segundo, y cuánto tiempo estuvieron las particiones sin líder (desde el fallo hasta el nuevo líder).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="55"/>
        <source>Elections of an out-of-sync replica (unclean.leader.election.enable): acknowledged records can be lost. Healthy: 0.</source>
        <translation>Elecciones de una réplica desincronizada (unclean.leader.election.enable): se pueden perder registros confirmados. Sano: 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="56"/>
        <source>Records per second this broker appends as leader (from producers and its group coordinator).</source>
        <translation>Registros por segundo que este broker añade como líder (de los productores y de su coordinador de grupo).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="57"/>
        <source>Bytes per second producers send to this broker (replication not included).</source>
        <translation>Bytes por segundo que los productores envían a este broker (sin incluir la replicación).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="58"/>
        <source>Bytes per second this broker sends to consumers (replication not included).</source>
        <translation>Bytes por segundo que este broker envía a los consumidores (sin incluir la replicación).</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="60"/>
        <source>Appends the broker refused for an unexpected reason, e.g. NOT_ENOUGH_REPLICAS with the ISR below min.insync.replicas.</source>
        <translation>Escrituras que el broker rechazó por un motivo inesperado, p. ej. NOT_ENOUGH_REPLICAS con el ISR por debajo de min.insync.replicas.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="62"/>
        <source>Mean time from a produce request&apos;s arrival to its answer; with acks=all it includes waiting for the followers.</source>
        <translation>Tiempo medio desde la llegada de una petición produce hasta su respuesta; con acks=all incluye la espera a los seguidores.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="64"/>
        <source>Mean time a consumer&apos;s fetch spends at the broker, including waiting up to fetch.max.wait.ms for records.</source>
        <translation>Tiempo medio que pasa un fetch de un consumidor en el broker, incluida la espera de hasta fetch.max.wait.ms por registros.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="65"/>
        <source>The consumer&apos;s largest lag over its partitions (high watermark − position): is it keeping up?</source>
        <translation>El mayor lag del consumidor entre sus particiones (high watermark − posición): ¿va al día?</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="117"/>
        <source>cluster</source>
        <translation>clúster</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="124"/>
        <source>%1 (node %2)</source>
        <translation>%1 (nodo %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="129"/>
        <source>%1, mean %2 ms</source>
        <translation>%1, media %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="135"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
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
        <translation>consumidor %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_tracker.cpp" line="181"/>
        <source>%n leader(s) elected</source>
        <translation>
            <numerusform>%n líder elegido</numerusform>
            <numerusform>%n líderes elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="28"/>
        <source>the record&apos;s own partition</source>
        <translation>la propia partición del registro</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="29"/>
        <source>murmur2 hash of the key</source>
        <translation>hash murmur2 de la clave</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="30"/>
        <source>sticky partitioner (no key)</source>
        <translation>particionador sticky (sin clave)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="31"/>
        <source>round-robin partitioner (no key)</source>
        <translation>particionador round-robin (sin clave)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="31"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="73"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="83"/>
        <source>not JSON (%1 at character %2)</source>
        <translation>no es JSON (%1 en el carácter %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="84"/>
        <source>expected a JSON object such as {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</source>
        <translation>se esperaba un objeto JSON como {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="88"/>
        <source>&quot;topic&quot; must be a string</source>
        <translation>&quot;topic&quot; debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="93"/>
        <source>&quot;partition&quot; must be a whole number, 0 or more</source>
        <translation>&quot;partition&quot; debe ser un número entero, 0 o mayor</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="97"/>
        <source>&quot;key&quot; must be a string or null</source>
        <translation>&quot;key&quot; debe ser una cadena o null</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="99"/>
        <source>the record has no &quot;value&quot;</source>
        <translation>el registro no tiene &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="105"/>
        <source>each header must be {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</source>
        <translation>cada cabecera debe ser {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="114"/>
        <source>&quot;headers&quot; must be a list or an object</source>
        <translation>&quot;headers&quot; debe ser una lista o un objeto</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="119"/>
        <source>&quot;acks&quot; must be 0, 1 or &quot;all&quot;</source>
        <translation>&quot;acks&quot; debe ser 0, 1 o &quot;all&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="139"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>JSON no válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="140"/>
        <source>invalid JSON: expected an object or an array</source>
        <translation>JSON no válido: se esperaba un objeto o un array</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="32"/>
        <source>Replaying</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="53"/>
        <source>%1
%2 of %3 simulated</source>
        <translation>%1
%2 de %3 simulados</translation>
    </message>
</context>
<context>
    <name>ScreenshotSession</name>
    <message>
        <location filename="../app/screenshot.cpp" line="39"/>
        <source>cannot read the script line &apos;%1&apos; (write e.g. &apos;@4s broker kill 2&apos;)</source>
        <translation>no se puede leer la línea del script &apos;%1&apos; (escriba p. ej. &apos;@4s broker kill 2&apos;)</translation>
    </message>
</context>
<context>
    <name>SimTimeText</name>
    <message>
        <location filename="../ui/sim_time_text.cpp" line="28"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <location filename="../ui/state_text.cpp" line="23"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="24"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="25"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="27"/>
        <source>registering</source>
        <translation>registrándose</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="28"/>
        <source>fenced</source>
        <translation>aislado</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="29"/>
        <source>unfenced</source>
        <translation>no aislado</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="30"/>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="31"/>
        <source>unregistered</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="33"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="34"/>
        <source>follower</source>
        <translation>seguidor</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="35"/>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="36"/>
        <source>prospective</source>
        <translation>aspirante (pre-voto)</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="37"/>
        <source>unattached</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="39"/>
        <source>standalone</source>
        <translation>independiente</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="40"/>
        <source>finding coordinator</source>
        <translation>buscando coordinador</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="41"/>
        <source>unjoined</source>
        <translation>sin unirse</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="42"/>
        <source>joining</source>
        <translation>uniéndose</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="43"/>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="44"/>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="45"/>
        <source>rejoin pending</source>
        <translation>reincorporación pendiente</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="47"/>
        <source>polling</source>
        <translation>haciendo poll</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="48"/>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="49"/>
        <source>committing</source>
        <translation>haciendo commit</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="50"/>
        <source>closing</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="51"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="52"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="62"/>
        <location filename="../ui/state_text.cpp" line="70"/>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;lidera %5 de las %6 réplica(s) mostradas · %7 bytes en disco</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="82"/>
        <source>, isolated from every other node</source>
        <translation>, aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="83"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>, el controlador del clúster (elegido mediante ZooKeeper)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="87"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;también tiene %n réplica de topics internos (__consumer_offsets), no dibujada</numerusform>
            <numerusform>&lt;br&gt;también tiene %n réplicas de topics internos (__consumer_offsets), no dibujadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="90"/>
        <source>&lt;br&gt;&lt;b&gt;Slow follower&lt;/b&gt;: its replica fetchers wait %1 between fetches</source>
        <translation>&lt;br&gt;&lt;b&gt;Seguidor lento&lt;/b&gt;: sus fetchers de réplica esperan %1 entre fetches</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="92"/>
        <source>&lt;br&gt;&lt;b&gt;Log dir offline&lt;/b&gt; (disk full): its replicas are offline until a restart</source>
        <translation>&lt;br&gt;&lt;b&gt;Directorio de log offline&lt;/b&gt; (disco lleno): sus réplicas están offline hasta un reinicio</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="93"/>
        <source>&lt;br&gt;&lt;b&gt;Disk full&lt;/b&gt;: its next write fails</source>
        <translation>&lt;br&gt;&lt;b&gt;Disco lleno&lt;/b&gt;: su próxima escritura falla</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="96"/>
        <source>&lt;br&gt;the active controller sees it as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;el controlador activo lo ve como &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="97"/>
        <source>, last heartbeat %1 ago</source>
        <translation>, último heartbeat hace %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="135"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source> · ISOLATED</source>
        <translation> · AISLADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="139"/>
        <source>LOG DIR OFFLINE</source>
        <translation>DIR. DE LOG OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="140"/>
        <source>DISK FULL</source>
        <translation>DISCO LLENO</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="141"/>
        <source>SLOW FOLLOWER</source>
        <translation>SEGUIDOR LENTO</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="147"/>
        <source>leads %1 of %2%3</source>
        <translation>lidera %1 de %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="150"/>
        <source> · %1 internal</source>
        <translation> · %1 internas</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="155"/>
        <source>no replicas</source>
        <translation>sin réplicas</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="45"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (consumidor, nodo %2)%3&lt;br&gt;proceso %4 · miembro %5 · %6&lt;br&gt;posee %7&lt;br&gt;lag %8 · procesados %9 · commits %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source>, no group</source>
        <translation>, sin grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> in group %1, generation %2%3</source>
        <translation> en el grupo %1, generación %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> (group leader)</source>
        <translation> (líder del grupo)</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="51"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <source>closed: left the group</source>
        <translation>cerrado: salió del grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="83"/>
        <location filename="../ui/topology/controller_item.cpp" line="67"/>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>idle: no partitions</source>
        <translation>inactivo: sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="86"/>
        <source>%1 · lag %2</source>
        <translation>%1 · lag %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="26"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3, %4 del quórum en la época %5%6&lt;br&gt;sabe que su log está confirmado hasta el offset %7 · contiene %8 entradas%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>ZooKeeper node</source>
        <translation>Nodo ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="32"/>
        <source>, the ACTIVE controller</source>
        <translation>, el controlador ACTIVO</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="35"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>active leader</source>
        <translation>líder activo</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="72"/>
        <source>ISOLATED · %1</source>
        <translation>AISLADO · %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="68"/>
        <source>Consumers that belong to no group: they read what they are assigned or subscribe to on their own</source>
        <translation>Consumidores que no pertenecen a ningún grupo: leen por su cuenta lo que se les asigna o aquello a lo que se suscriben</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="69"/>
        <source>&lt;b&gt;Consumer group %1&lt;/b&gt; — %2, generation %3&lt;br&gt;coordinator broker %4 (leader of %5)&lt;br&gt;assignor %6 · reads %7 partition(s) · lag %8 record(s) behind the committed offsets</source>
        <translation>&lt;b&gt;Grupo de consumidores %1&lt;/b&gt; — %2, generación %3&lt;br&gt;broker coordinador %4 (líder de %5)&lt;br&gt;asignador %6 · lee %7 partición(es) · lag de %8 registro(s) respecto a los offsets confirmados</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="73"/>
        <location filename="../ui/topology/group_item.cpp" line="107"/>
        <location filename="../ui/topology/replica_item.cpp" line="92"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="74"/>
        <source>(none yet)</source>
        <translation>(ninguno aún)</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="103"/>
        <source>REBALANCING</source>
        <translation>REBALANCEANDO</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="105"/>
        <source>gen %1 · coordinator %2 · committed lag %3</source>
        <translation>gen. %1 · coordinador %2 · lag confirmado %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="110"/>
        <source>consumers on their own</source>
        <translation>consumidores por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="115"/>
        <source>no members</source>
        <translation>sin miembros</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="12"/>
        <source>No consumers yet. Cluster → Add consumer… (Ctrl+Shift+A) starts one, in a group or alone.</source>
        <translation>Aún no hay consumidores. Clúster → Añadir consumidor… (Ctrl+Shift+A) inicia uno, en un grupo o solo.</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="25"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/topology/link_item.cpp" line="99"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation>&lt;br&gt;%1 registros por segundo simulado (suavizado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; (productor, nodo %2)%3&lt;br&gt;registros enviados %4 · confirmados %5 · fallidos %6 · pendientes %7&lt;br&gt;reintentos de lotes %8&lt;br&gt;productor en segundo plano: %9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (productor, nodo %2)%3&lt;br&gt;registros enviados %4 · confirmados %5 · fallidos %6 · pendientes %7&lt;br&gt;reintentos de lote %8&lt;br&gt;%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation> — aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="29"/>
        <source> — closing: waiting for the answers to its last records</source>
        <translation> — cerrándose: espera las respuestas a sus últimos registros</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="61"/>
        <source>ISOLATED</source>
        <translation>AISLADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
        <source>closing</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="63"/>
        <source>producer</source>
        <translation>productor</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="66"/>
        <source>sent %1 · acked %2 · failed %3</source>
        <translation>enviados %1 · ack %2 · fallidos %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="81"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="82"/>
        <source>follower, in sync</source>
        <translation>seguidor, sincronizado</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="83"/>
        <source>follower, OUT OF SYNC (not in the ISR)</source>
        <translation>seguidor, DESINCRONIZADO (fuera del ISR)</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="84"/>
        <source>OFFLINE partition: no leader</source>
        <translation>partición OFFLINE: sin líder</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="85"/>
        <source>its broker is down</source>
        <translation>su broker está caído</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en el broker %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="89"/>
        <source>LEO %1 · HW %2 · lag %3 behind the leader</source>
        <translation>LEO %1 · HW %2 · lag de %3 respecto al líder</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="90"/>
        <source>leader epoch %1 · this log&apos;s latest epoch %2</source>
        <translation>época del líder %1 · última época de este log %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="91"/>
        <source>leader %1 · ISR %2 · replicas %3</source>
        <translation>líder %1 · ISR %2 · réplicas %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/replica_item.cpp" line="93"/>
        <source>log start %1 · %2 in %n segment(s)</source>
        <translation>
            <numerusform>inicio del log %1 · %2 en %n segmento</numerusform>
            <numerusform>inicio del log %1 · %2 en %n segmentos</numerusform>
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
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="143"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="145"/>
        <source>down · LEO %1</source>
        <translation>caído · LEO %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="148"/>
        <source>LEO %1 · HW %2</source>
        <translation>LEO %1 · HW %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="150"/>
        <source>out of sync · lag %1</source>
        <translation>desincronizado · lag %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="151"/>
        <source>lag %1</source>
        <translation>lag %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="8"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="10"/>
        <source>controller %1</source>
        <translation>controlador %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="15"/>
        <source>consumer %1</source>
        <translation>consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="16"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="32"/>
        <source>background producer off</source>
        <translation>productor en segundo plano apagado</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
        <source>waiting for topic %1</source>
        <translation>esperando el topic %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="37"/>
        <source>auto: %1 rec/s → %2</source>
        <translation>auto: %1 reg/s → %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation>Ensemble de ZooKeeper · el controlador es el broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="86"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation>Quórum de controladores KRaft · metadatos confirmados hasta el offset %1</translation>
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
        <translation>&lt;b&gt;Enlace cortado&lt;/b&gt;: %1 y %2 no pueden comunicarse</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="37"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation>&lt;b&gt;Enlace cortado en un sentido&lt;/b&gt;: %1 no puede llegar a %2 (%2 aún puede llegar a %1)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; escribe en &lt;b&gt;%2&lt;/b&gt; a través de su líder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; escribe en la %n partición que lidera el &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; escribe en las %n particiones que lidera el &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lee &lt;b&gt;%2&lt;/b&gt; del broker %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; lee %n partición del &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; lee %n particiones del &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="40"/>
        <source>produce</source>
        <translation>produce</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="41"/>
        <source>fetch</source>
        <translation>fetch</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="42"/>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="43"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="44"/>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="153"/>
        <source>%n in flight</source>
        <translation>
            <numerusform>%n en tránsito</numerusform>
            <numerusform>%n en tránsito</numerusform>
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
        <translation>%1 +%2 más</translation>
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
            <numerusform>&lt;br&gt;%1 y %n partición más</numerusform>
            <numerusform>&lt;br&gt;%1 y %n particiones más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="177"/>
        <source>&lt;br&gt;partition %1</source>
        <translation>&lt;br&gt;partición %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="178"/>
        <source>&lt;br&gt;sent at %1, &lt;b&gt;lost&lt;/b&gt;: the link drops it</source>
        <translation>&lt;br&gt;enviado a las %1, &lt;b&gt;perdido&lt;/b&gt;: el enlace lo descarta</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="179"/>
        <source>&lt;br&gt;sent at %1, arrives at %2</source>
        <translation>&lt;br&gt;enviado a las %1, llega a las %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="187"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %n in flight</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %n en tránsito</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %n en tránsito</numerusform>
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
            <numerusform>, %n perdido</numerusform>
            <numerusform>, %n perdidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages on the wire</source>
        <translation>Mensajes en la red</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="225"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
</context>
<context>
    <name>ViewExportText</name>
    <message>
        <location filename="../ui/session/view_export.cpp" line="65"/>
        <source>The picture would be too large (%1 × %2 pixels).</source>
        <translation>La imagen sería demasiado grande (%1 × %2 píxeles).</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="68"/>
        <location filename="../ui/session/view_export.cpp" line="75"/>
        <location filename="../ui/session/view_export.cpp" line="88"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="81"/>
        <source>The Kafkascope topology view</source>
        <translation>La vista de topología de Kafkascope</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="153"/>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="154"/>
        <source>it cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="156"/>
        <source>the file is empty, not a Kafkascope workspace</source>
        <translation>el archivo está vacío, no es un espacio de trabajo de Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="159"/>
        <source>it is not a Kafkascope workspace (not an SQLite database)</source>
        <translation>no es un espacio de trabajo de Kafkascope (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="160"/>
        <source>the file is truncated: %1 bytes, not even a whole SQLite header</source>
        <translation>el archivo está truncado: %1 bytes, ni siquiera una cabecera SQLite completa</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="164"/>
        <source>the file is corrupt: its SQLite header names no valid page size</source>
        <translation>el archivo está dañado: su cabecera SQLite no indica un tamaño de página válido</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="169"/>
        <source>the file is truncated: %1 bytes of the %2 its header promises</source>
        <translation>el archivo está truncado: %1 bytes de los %2 que promete su cabecera</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="173"/>
        <source>the table &apos;%1&apos; is damaged: %2</source>
        <translation>la tabla &apos;%1&apos; está dañada: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="179"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="184"/>
        <source>the file is corrupt: %1</source>
        <translation>el archivo está dañado: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="181"/>
        <source>the file is corrupt: SQLite&apos;s check says &apos;%1&apos;</source>
        <translation>el archivo está dañado: la comprobación de SQLite dice &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="185"/>
        <source>it is an SQLite database but not a Kafkascope workspace (it has no schema_version table)</source>
        <translation>es una base de datos SQLite pero no un espacio de trabajo de Kafkascope (no tiene la tabla schema_version)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="187"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="199"/>
        <source>it has no row</source>
        <translation>no tiene ninguna fila</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="190"/>
        <source>&apos;%1&apos; is not a version</source>
        <translation>&apos;%1&apos; no es una versión</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="192"/>
        <source>it was written by a newer Kafkascope (workspace schema version %1; this one reads up to version %2)</source>
        <translation>la escribió un Kafkascope más reciente (versión de esquema %1; este lee hasta la versión %2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="202"/>
        <source>the seed &apos;%1&apos; is not a whole number</source>
        <translation>la semilla &apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="212"/>
        <source>it ends (%1 µs) before its setup did (%2 µs)</source>
        <translation>termina (%1 µs) antes de que terminara su preparación (%2 µs)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="214"/>
        <source>the background producer&apos;s rate is not positive</source>
        <translation>la tasa del productor de fondo no es positiva</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="215"/>
        <source>the clock speed is not positive</source>
        <translation>la velocidad del reloj no es positiva</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="229"/>
        <source>command %1 (&apos;%2&apos;) is at %3 µs, before the one it follows (%4 µs)</source>
        <translation>el comando %1 (&apos;%2&apos;) está en %3 µs, antes del que le precede (%4 µs)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="260"/>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="266"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="268"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="273"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="278"/>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="285"/>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ks::EngineText</name>
    <message>
        <location filename="../engine/broker/broker.cpp" line="106"/>
        <source>broker %1 starting, registering with the controller</source>
        <translation>el broker %1 arranca y se registra en el controlador</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="143"/>
        <source>broker %1 registered with broker epoch %2; fenced until it catches up with the metadata log</source>
        <translation>broker %1 registrado con época de broker %2; aislado (fenced) hasta que alcance el log de metadatos</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="286"/>
        <source>broker %1: the controller no longer knows broker epoch %2; registering again</source>
        <translation>broker %1: el controlador ya no conoce la época de broker %2; se registra de nuevo</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="296"/>
        <source>broker %1 is unfenced and serving</source>
        <translation>el broker %1 deja de estar aislado (unfenced) y atiende peticiones</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="341"/>
        <source>broker %1 was behind the metadata log start (its image ends at offset %2); loaded snapshot %3 from controller %4 into its metadata image</source>
        <translation>el broker %1 estaba antes del inicio del log de metadatos (su imagen termina en el offset %2); cargó la instantánea %3 del controlador %4 en su imagen de metadatos</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="434"/>
        <source>broker %1: %2 leader at epoch %3 (LEO %4, HW %5, ISR %6)</source>
        <translation>broker %1: %2 líder en la época %3 (LEO %4, HW %5, ISR %6)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="453"/>
        <source>broker %1: %2 has no leader (epoch %3); waiting</source>
        <translation>broker %1: %2 no tiene líder (época %3); espera</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="459"/>
        <source>broker %1: %2 follows leader %3 at epoch %4</source>
        <translation>broker %1: %2 sigue al líder %3 en la época %4</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="473"/>
        <source>broker %1: %2 deleted (its topic is gone)</source>
        <translation>broker %1: %2 eliminada (su topic ya no existe)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="474"/>
        <source>broker %1: %2 replica removed and its log deleted</source>
        <translation>broker %1: réplica de %2 retirada y su log eliminado</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="736"/>
        <source>broker %1 caught up to offset %2</source>
        <translation>el broker %1 se ha puesto al día hasta el offset %2</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="800"/>
        <source>brokers %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>los brokers %1 no se han puesto al día durante más de replica.lag.time.max.ms (%2)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="801"/>
        <source>broker %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>el broker %1 no se ha puesto al día durante más de replica.lag.time.max.ms (%2)</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="809"/>
        <source>broker %1: %2 ISR expand %3 → %4 proposed: %5</source>
        <translation>broker %1: %2 ampliación del ISR %3 → %4 propuesta: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="810"/>
        <source>broker %1: %2 ISR shrink %3 → %4 proposed: %5</source>
        <translation>broker %1: %2 reducción del ISR %3 → %4 propuesta: %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="845"/>
        <source>broker %1: %2 ISR change rejected by the controller: %3</source>
        <translation>broker %1: %2 cambio de ISR rechazado por el controlador: %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="906"/>
        <source>broker %1: %2 is behind the leader&apos;s log start offset %3; dropped %4 records</source>
        <translation>broker %1: %2 está por detrás del offset de inicio del log del líder %3; descartados %4 registros</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="943"/>
        <source>the leader has no record of epoch %1; truncating to the HW</source>
        <translation>el líder no tiene constancia de la época %1; trunca hasta el HW</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="947"/>
        <source>diverged from leader %1, whose epoch %2 ends at offset %3</source>
        <translation>divergió del líder %1, cuya época %2 termina en el offset %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="955"/>
        <source>broker %1: %2 truncated %3 record (offset %4): %5</source>
        <translation>broker %1: %2 truncó %3 registro (offset %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="956"/>
        <source>broker %1: %2 truncated %3 records (offsets %4): %5</source>
        <translation>broker %1: %2 truncó %3 registros (offsets %4): %5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="995"/>
        <source>broker %1: %2 deleted %3 segment(s) (%4 records) past %5; log start offset now %6</source>
        <translation>broker %1: %2 eliminó %3 segmento(s) (%4 registros) más allá de %5; offset de inicio del log ahora %6</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker_faults.cpp" line="34"/>
        <source>broker %1: writing %2 failed: no space left on device → its log dir is offline with its %3 replica(s); requests for them get KAFKA_STORAGE_ERROR</source>
        <translation>broker %1: falló la escritura de %2: no queda espacio en el dispositivo → su directorio de logs queda offline con sus %3 réplica(s); las peticiones sobre ellas reciben KAFKA_STORAGE_ERROR</translation>
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
        <translation>%1 asignadas a mano (sin pertenencia a un grupo)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="148"/>
        <source>commits to group %1</source>
        <translation>hace commit en el grupo %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="157"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing, static member %4)</source>
        <translation>se suscribe a [%1] en el grupo %2 (assignor %3, rebalanceo eager, miembro estático %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="159"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing, static member %4)</source>
        <translation>se suscribe a [%1] en el grupo %2 (assignor %3, rebalanceo cooperativo, miembro estático %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="162"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing)</source>
        <translation>se suscribe a [%1] en el grupo %2 (assignor %3, rebalanceo eager)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="164"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing)</source>
        <translation>se suscribe a [%1] en el grupo %2 (assignor %3, rebalanceo cooperativo)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="169"/>
        <source>reads every partition of [%1] (no group)</source>
        <translation>lee todas las particiones de [%1] (sin grupo)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="175"/>
        <source>auto-commit every %1</source>
        <translation>auto-commit cada %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="179"/>
        <source>commits (async) after processing (at-least-once)</source>
        <translation>hace commit (asíncrono) después de procesar (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="181"/>
        <source>commits (async) before processing (at-most-once)</source>
        <translation>hace commit (asíncrono) antes de procesar (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="183"/>
        <source>commits after processing (at-least-once)</source>
        <translation>hace commit después de procesar (at-least-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="184"/>
        <source>commits before processing (at-most-once)</source>
        <translation>hace commit antes de procesar (at-most-once)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="187"/>
        <source>processing %1 per record</source>
        <translation>procesa %1 por registro</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="190"/>
        <source>consumer started: %1</source>
        <translation>consumidor iniciado: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="206"/>
        <source>FAILED: %1 (the application stops here)</source>
        <translation>FALLO: %1 (la aplicación se detiene aquí)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="226"/>
        <source>no heartbeat response within session.timeout.ms</source>
        <translation>ninguna respuesta al heartbeat dentro de session.timeout.ms</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="231"/>
        <source>commitSync() gave up after default.api.timeout.ms (%1): TimeoutException</source>
        <translation>commitSync() se rindió tras default.api.timeout.ms (%1): TimeoutException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="275"/>
        <source>group coordinator is broker %1</source>
        <translation>el coordinador del grupo es el broker %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="281"/>
        <source>FindCoordinator: %1; retrying</source>
        <translation>FindCoordinator: %1; se reintenta</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="384"/>
        <source>poll() returned %1 record(s): %2</source>
        <translation>poll() devolvió %1 registro(s): %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="458"/>
        <source>no longer a member of generation it owned them in</source>
        <translation>ya no es miembro de la generación en la que las tenía</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="468"/>
        <source>eager rebalancing: every member gives up all its partitions before rejoining</source>
        <translation>rebalanceo eager: cada miembro cede todas sus particiones antes de volver a unirse</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="486"/>
        <source>lost its group coordinator (broker %1): %2; looking it up again</source>
        <translation>perdió su coordinador de grupo (broker %1): %2; lo busca de nuevo</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="512"/>
        <source>async commit of %1 failed: the coordinator went away</source>
        <translation>falló el commit asíncrono de %1: el coordinador desapareció</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="592"/>
        <source>rejoins (JoinGroup): %1</source>
        <translation>vuelve a unirse (JoinGroup): %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="613"/>
        <source>JoinGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>JoinGroup respondió UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="617"/>
        <source>JoinGroup answered ILLEGAL_GENERATION</source>
        <translation>JoinGroup respondió ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="620"/>
        <source>JoinGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>JoinGroup respondió REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="626"/>
        <source>JoinGroup answered %1</source>
        <translation>JoinGroup respondió %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="629"/>
        <source>JoinGroup failed with %1</source>
        <translation>JoinGroup falló con %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="670"/>
        <source>leader of generation %1: assigned with %2: %3</source>
        <translation>líder de la generación %1: asignado con %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="689"/>
        <source>SyncGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>SyncGroup respondió REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="693"/>
        <source>SyncGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>SyncGroup respondió UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="697"/>
        <source>SyncGroup answered ILLEGAL_GENERATION</source>
        <translation>SyncGroup respondió ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="704"/>
        <source>SyncGroup answered %1</source>
        <translation>SyncGroup respondió %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="707"/>
        <source>SyncGroup failed with %1</source>
        <translation>SyncGroup falló con %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="723"/>
        <source>cooperative rebalancing: they move to another member</source>
        <translation>rebalanceo cooperativo: pasan a otro miembro</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="730"/>
        <source>generation %1 of %2: owns %3</source>
        <translation>generación %1 de %2: posee %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="733"/>
        <source>newly assigned %1</source>
        <translation>recién asignadas %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="734"/>
        <source>revoked %1</source>
        <translation>revocadas %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="737"/>
        <source>%1 (idle: the group has more consumers than partitions)</source>
        <translation>%1 (inactivo: el grupo tiene más consumidores que particiones)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="741"/>
        <source>revoked %1; rejoining so that they can be assigned elsewhere (cooperative, second round)</source>
        <translation>revocadas %1; vuelve a unirse para que puedan asignarse a otro (cooperativo, segunda ronda)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="750"/>
        <location filename="../engine/client/consumer.cpp" line="1408"/>
        <source>the partition count of %1 changed</source>
        <translation>cambió el número de particiones de %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="769"/>
        <source>lost %1: %2 (onPartitionsLost: nothing is committed for them)</source>
        <translation>perdidas %1: %2 (onPartitionsLost: no se hace commit de nada para ellas)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="770"/>
        <source>revoked %1: %2</source>
        <translation>revocadas %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="799"/>
        <source>heartbeat answered REBALANCE_IN_PROGRESS: it rejoins at its next poll()</source>
        <translation>el heartbeat respondió REBALANCE_IN_PROGRESS: vuelve a unirse en su próximo poll()</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="801"/>
        <source>the group is rebalancing</source>
        <translation>el grupo se está rebalanceando</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="806"/>
        <source>heartbeat answered %1: it is no longer a member of generation %2; it rejoins</source>
        <translation>el heartbeat respondió %1: ya no es miembro de la generación %2; vuelve a unirse</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="812"/>
        <source>FENCED_INSTANCE_ID: another consumer with group.instance.id %1 took its place</source>
        <translation>FENCED_INSTANCE_ID: otro consumidor con group.instance.id %1 ocupó su lugar</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="817"/>
        <source>heartbeat answered %1</source>
        <translation>el heartbeat respondió %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="824"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); as a static member it sends no LeaveGroup (session.timeout.ms removes it). Processing a batch of up to max.poll.records takes too long.</source>
        <translation>expiró el tiempo de poll del consumidor: %1 desde su último poll(), más que max.poll.interval.ms (%2); como miembro estático no envía LeaveGroup (session.timeout.ms lo retira). Procesar un lote de hasta max.poll.records tarda demasiado.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="828"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); it leaves the group. Processing a batch of up to max.poll.records takes too long.</source>
        <translation>expiró el tiempo de poll del consumidor: %1 desde su último poll(), más que max.poll.interval.ms (%2); abandona el grupo. Procesar un lote de hasta max.poll.records tarda demasiado.</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="832"/>
        <source>consumer poll timeout has expired</source>
        <translation>ha expirado el tiempo de espera de poll del consumer</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="874"/>
        <source>no group, so no committed offset</source>
        <translation>sin grupo, así que sin offset confirmado</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="876"/>
        <source>no committed offset and auto.offset.reset=none</source>
        <translation>no hay offset confirmado y auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="907"/>
        <source>OffsetFetch answered %1</source>
        <translation>OffsetFetch respondió %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="925"/>
        <source>no committed offset; auto.offset.reset=earliest</source>
        <translation>sin offset confirmado; auto.offset.reset=earliest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="928"/>
        <source>no committed offset; auto.offset.reset=latest</source>
        <translation>sin offset confirmado; auto.offset.reset=latest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="931"/>
        <source>no committed offset and auto.offset.reset=none (NoOffsetForPartitionException)</source>
        <translation>no hay offset confirmado y auto.offset.reset=none (NoOffsetForPartitionException)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="933"/>
        <source>ERROR: %1 has no committed offset and auto.offset.reset=none: poll() throws NoOffsetForPartitionException; it reads nothing from %1 until a seek</source>
        <translation>ERROR: %1 no tiene offset confirmado y auto.offset.reset=none: poll() lanza NoOffsetForPartitionException; no lee nada de %1 hasta un seek</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="939"/>
        <source>resumes at the committed offsets: %1</source>
        <translation>continúa en los offsets confirmados: %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1000"/>
        <source>no record at or after that time: to the end</source>
        <translation>ningún registro en ese instante o después: al final</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1006"/>
        <source>%1 position set to offset %2 (%3)</source>
        <translation>%1 posición fijada en el offset %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1021"/>
        <source>commit of %1 failed: CommitFailedException (it is not a member of the group right now; another member may process these records again)</source>
        <translation>falló el commit de %1: CommitFailedException (ahora no es miembro del grupo; otro miembro puede volver a procesar estos registros)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1054"/>
        <source>commit of %1 failed: CommitFailedException</source>
        <translation>falló el commit de %1: CommitFailedException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1095"/>
        <location filename="../engine/group/group_coordinator.cpp" line="788"/>
        <source>committed %1</source>
        <translation>commit hecho de %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1102"/>
        <location filename="../engine/client/consumer.cpp" line="1116"/>
        <source>OffsetCommit answered %1</source>
        <translation>OffsetCommit respondió %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1111"/>
        <source>commit of %1 failed: %2 (CommitFailedException: the group rebalanced; the partitions&apos; next owner starts from the last committed offset and processes these records again)</source>
        <translation>falló el commit de %1: %2 (CommitFailedException: el grupo se rebalanceó; el siguiente propietario de las particiones empieza desde el último offset confirmado y vuelve a procesar estos registros)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1114"/>
        <source>commit of %1 failed: %2</source>
        <translation>falló el commit de %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1123"/>
        <source>FENCED_INSTANCE_ID on commit</source>
        <translation>FENCED_INSTANCE_ID en el commit</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1136"/>
        <source>the consumer is being closed</source>
        <translation>el consumer se está cerrando</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1139"/>
        <source>closed (LeaveGroup sent: the group rebalances without it)</source>
        <translation>cerrado (LeaveGroup enviado: el grupo se rebalancea sin él)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1141"/>
        <source>closed (a static member sends no LeaveGroup: its partitions wait for it until session.timeout.ms)</source>
        <translation>cerrado (un miembro estático no envía LeaveGroup: sus particiones lo esperan hasta session.timeout.ms)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1143"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1178"/>
        <location filename="../engine/client/consumer.cpp" line="1190"/>
        <location filename="../engine/cluster/cluster.cpp" line="189"/>
        <source>%1 is not running</source>
        <translation>%1 no está en ejecución</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1179"/>
        <source>%1 has no group.id: there is nowhere to commit</source>
        <translation>%1 no tiene group.id: no hay dónde hacer commit</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1182"/>
        <source>%1 has no position to commit yet</source>
        <translation>%1 aún no tiene ninguna posición que confirmar (commit)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1183"/>
        <source>commitSync() of its positions %1 (a manual commit)</source>
        <translation>commitSync() de sus posiciones %1 (un commit manual)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1191"/>
        <location filename="../engine/client/consumer.cpp" line="1206"/>
        <location filename="../engine/client/consumer.cpp" line="1214"/>
        <location filename="../engine/client/consumer.cpp" line="1222"/>
        <source>%1 is not assigned %2 (it owns %3)</source>
        <translation>%1 no tiene asignada %2 (posee %3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1193"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="83"/>
        <source>an offset is 0 or more</source>
        <translation>un offset es 0 o más</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1198"/>
        <source>seek(%1, %2): the next poll() reads from offset %2</source>
        <translation>seek(%1, %2): el próximo poll() lee desde el offset %2</translation>
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
        <translation>offsetsForTimes: el primer registro en %1 o después</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1297"/>
        <source>%1: leader broker %2 sends it to broker %3, a replica in its rack %4 (fetch from follower, KIP-392)</source>
        <translation>%1: el broker líder %2 lo envía al broker %3, una réplica en su rack %4 (fetch desde follower, KIP-392)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1308"/>
        <source>fetch of %1 from follower broker %2: %3; back to the leader</source>
        <translation>fetch de %1 desde el broker follower %2: %3; vuelve al líder</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1315"/>
        <source>offset %1 is out of range (log start %2, high watermark %3)</source>
        <translation>el offset %1 está fuera de rango (inicio del log %2, high watermark %3)</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1318"/>
        <source>%1 and auto.offset.reset=none</source>
        <translation>%1 y auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1319"/>
        <source>ERROR: %1: %2 and auto.offset.reset=none</source>
        <translation>ERROR: %1: %2 y auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1325"/>
        <source>%1; auto.offset.reset=%2</source>
        <translation>%1; auto.offset.reset=%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1332"/>
        <source>fetch of %1 from broker %2: %3; refreshing metadata</source>
        <translation>fetch de %1 desde el broker %2: %3; se actualizan los metadatos</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1405"/>
        <source>as the group leader it sees %1 now has %2 partition(s), not %3: it triggers a rebalance</source>
        <translation>como líder del grupo ve que %1 tiene ahora %2 partición(es), no %3: provoca un rebalanceo</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1423"/>
        <source>the connection to it closed</source>
        <translation>se cerró la conexión con él</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1458"/>
        <source>a request to it timed out</source>
        <translation>una petición a él agotó el tiempo</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="161"/>
        <source>%1: partition %2 of %3 does not exist (it has %4)</source>
        <translation>%1: la partición %2 de %3 no existe (tiene %4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="379"/>
        <source>%1: a batch of %2 records to %3 got MESSAGE_TOO_LARGE; splitting it in two and sending again</source>
        <translation>%1: un lote de %2 registros para %3 recibió MESSAGE_TOO_LARGE; se divide en dos y se reenvía</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="395"/>
        <source>%1: %2 record(s) to %3 got %4; retrying in %5 (attempt %6)</source>
        <translation>%1: %2 registro(s) para %3 recibieron %4; se reintenta en %5 (intento %6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="443"/>
        <source>%1: %2 record(s) acked on %3 at offsets %4..%5 (acks=%6)</source>
        <translation>%1: %2 registro(s) confirmados en %3 en los offsets %4..%5 (acks=%6)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="445"/>
        <source>%1: %2 record(s) acked on %3 (acks=0: no offset) (acks=%4)</source>
        <translation>%1: %2 registro(s) confirmados en %3 (acks=0: sin offset) (acks=%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="451"/>
        <source>%1: %2 record(s) to %3 failed: %4</source>
        <translation>%1: fallaron %2 registro(s) para %3: %4</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="487"/>
        <source>%1 closed: every record it was given has an outcome (%2 acked, %3 failed in all)</source>
        <translation>%1 cerrado: cada registro que recibió tiene un resultado (en total %2 confirmados, %3 fallidos)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="516"/>
        <source>%1: %2 → %3 acked</source>
        <translation>%1: %2 → %3 confirmados</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="518"/>
        <source>%1: %2 → %3 acked (%4)</source>
        <translation>%1: %2 → %3 confirmados (%4)</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="520"/>
        <source>%1 failed with %2</source>
        <translation>%1 fallaron con %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="61"/>
        <source>INVARIANT VIOLATED: %1: %2</source>
        <translation>INVARIANTE VIOLADA: %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="65"/>
        <source>%1: the unclean leader happens to hold every acknowledged acks=all record</source>
        <translation>%1: el líder no limpio (unclean) resulta tener todos los registros confirmados con acks=all</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="68"/>
        <source>%1: the unclean election lost %2 acknowledged acks=all record(s), offsets %3..%4</source>
        <translation>%1: la elección no limpia (unclean) perdió %2 registro(s) confirmados con acks=all, offsets %3..%4</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="133"/>
        <source>node %1 (broker+controller)</source>
        <translation>nodo %1 (broker+controlador)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="134"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="135"/>
        <source>controller %1</source>
        <translation>controlador %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="136"/>
        <source>zookeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="140"/>
        <source>consumer %1</source>
        <translation>consumidor %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="141"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="170"/>
        <location filename="../engine/cluster/cluster.cpp" line="180"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="38"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="51"/>
        <location filename="../engine/scenario/runner.cpp" line="528"/>
        <source>there is no broker %1 (brokers are 1..%2)</source>
        <translation>no existe el broker %1 (los brokers son 1..%2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="171"/>
        <source>broker %1 is already stopped</source>
        <translation>el broker %1 ya está detenido</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="172"/>
        <source>%1 killed (a crash: its log on disk survives)</source>
        <translation>%1 matado (un fallo: su log en disco sobrevive)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="181"/>
        <source>broker %1 is running; kill it first</source>
        <translation>el broker %1 está en ejecución; deténgalo primero (kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="182"/>
        <location filename="../engine/cluster/cluster.cpp" line="223"/>
        <source>%1 restarted</source>
        <translation>%1 reiniciado</translation>
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
        <translation>no existe el nodo %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="190"/>
        <source>%1 paused (like a long GC pause: it holds what it receives)</source>
        <translation>%1 en pausa (como una larga pausa de GC: retiene lo que recibe)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="200"/>
        <source>%1 is not paused</source>
        <translation>%1 no está en pausa</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="201"/>
        <source>%1 resumed</source>
        <translation>%1 reanudado</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no ZooKeeper node %1</source>
        <translation>no existe el nodo ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no controller %1</source>
        <translation>no existe el controller %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="211"/>
        <source>%1 is already stopped</source>
        <translation>%1 ya está detenido</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="212"/>
        <source>%1 killed (its log on disk survives)</source>
        <translation>%1 matado (su log en disco sobrevive)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="222"/>
        <source>%1 is running; kill it first</source>
        <translation>%1 está en ejecución; deténgalo primero (kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="231"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="24"/>
        <source>a link needs two different nodes</source>
        <translation>un enlace necesita dos nodos distintos</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 ⇹ %2 cut</source>
        <translation>enlace %1 ⇹ %2 cortado</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 → %2 cut (one way: %2 can still reach %1)</source>
        <translation>enlace %1 → %2 cortado (en un sentido: %2 aún puede llegar a %1)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="248"/>
        <source>link %1 ⇹ %2 healed</source>
        <translation>enlace %1 ⇹ %2 restablecido</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="257"/>
        <source>%1 isolated from every other node</source>
        <translation>%1 aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="266"/>
        <source>every link healed</source>
        <translation>todos los enlaces restablecidos</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="285"/>
        <source>no answer from the controller within default.api.timeout.ms (60000 ms)</source>
        <translation>sin respuesta del controller dentro de default.api.timeout.ms (60000 ms)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="336"/>
        <source>broker %1 added to the cluster</source>
        <translation>broker %1 añadido al clúster</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="354"/>
        <source>broker %1 is being decommissioned: moving its %2 replica(s) to other brokers</source>
        <translation>el broker %1 se está retirando: mueve sus %2 réplica(s) a otros brokers</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="365"/>
        <source>no live broker outside %1 can take %2&apos;s replica</source>
        <translation>ningún broker vivo fuera de %1 puede alojar la réplica de %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="30"/>
        <source>a consumer needs a name (its client.id)</source>
        <translation>un consumer necesita un nombre (su client.id)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="36"/>
        <source>consumer %1 already exists; remove or kill it first</source>
        <translation>el consumer %1 ya existe; elimínelo o deténgalo primero (remove o kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 started again (node %2)</source>
        <translation>consumidor %1 iniciado de nuevo (nodo %2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 added (node %2)</source>
        <translation>consumidor %1 añadido (nodo %2)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="49"/>
        <source>consumer %1 started again (node %2, group %3)</source>
        <translation>consumidor %1 iniciado de nuevo (nodo %2, grupo %3)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="50"/>
        <source>consumer %1 added (node %2, group %3)</source>
        <translation>consumidor %1 añadido (nodo %2, grupo %3)</translation>
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
        <translation>no existe el consumer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="61"/>
        <source>consumer %1 is not running (it was killed)</source>
        <translation>el consumer %1 no está en ejecución (fue detenido con kill)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="63"/>
        <source>consumer %1 is paused; resume it first</source>
        <translation>el consumer %1 está en pausa; reanúdelo primero (resume)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="65"/>
        <source>consumer %1 is already closed</source>
        <translation>el consumer %1 ya está cerrado</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="67"/>
        <source>consumer %1 closing (close(): it finishes its batch, commits, and leaves the group)</source>
        <translation>consumidor %1 cerrándose (close(): termina su lote, hace commit y abandona el grupo)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="78"/>
        <source>consumer %1 is already stopped</source>
        <translation>el consumer %1 ya está detenido</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="81"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup; the coordinator notices after session.timeout.ms (%2))</source>
        <translation>consumidor %1 matado (un fallo: sin commit, sin LeaveGroup; el coordinador lo nota tras session.timeout.ms (%2))</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="85"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup)</source>
        <translation>consumidor %1 matado (un fallo: sin commit, sin LeaveGroup)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="95"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="117"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="129"/>
        <source>consumer %1 is not running</source>
        <translation>el consumer %1 no está en ejecución</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="97"/>
        <source>consumer %1 paused (like a long GC pause: no poll, no heartbeat, no processing)</source>
        <translation>consumidor %1 en pausa (como una larga pausa de GC: sin poll, sin heartbeat, sin procesamiento)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="107"/>
        <source>consumer %1 is not paused</source>
        <translation>el consumer %1 no está en pausa</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="108"/>
        <source>consumer %1 resumed</source>
        <translation>consumidor %1 reanudado</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="119"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="131"/>
        <source>consumer %1 is paused</source>
        <translation>el consumer %1 está en pausa</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="136"/>
        <source>%1 ends at offset %2; a seek goes to %2 at most</source>
        <translation>%1 termina en el offset %2; un seek llega como máximo a %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="28"/>
        <source>link %1 ⇹ %2 slowed: latency %3, jitter %4, loss %5%</source>
        <translation>enlace %1 ⇹ %2 ralentizado: latencia %3, jitter %4, pérdida %5%</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="29"/>
        <source>link %1 → %2 slowed: latency %3, jitter %4, loss %5% (one way: %2 → %1 stays as it was)</source>
        <translation>enlace %1 → %2 ralentizado: latencia %3, jitter %4, pérdida %5% (en un sentido: %2 → %1 sigue como estaba)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="39"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="52"/>
        <source>broker %1 is stopped</source>
        <translation>el broker %1 está detenido</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="40"/>
        <source>the delay cannot be negative</source>
        <translation>el retardo no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="42"/>
        <source>broker %1 is a slow follower: its replica fetchers wait %2 between fetches</source>
        <translation>el broker %1 es un follower lento: sus replica fetchers esperan %2 entre fetches</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="44"/>
        <source>broker %1&apos;s replica fetchers are back to normal</source>
        <translation>los replica fetchers del broker %1 vuelven a la normalidad</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="53"/>
        <source>broker %1&apos;s disk is already full</source>
        <translation>el disco del broker %1 ya está lleno</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="55"/>
        <source>broker %1&apos;s disk is full: its next write fails (a restart after freeing space heals it)</source>
        <translation>el disco del broker %1 está lleno: su próxima escritura falla (un reinicio tras liberar espacio lo repara)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="116"/>
        <source>%1 bytes of records since the last one (metadata.log.max.record.bytes.between.snapshots=%2)</source>
        <translation>%1 bytes de registros desde la última (metadata.log.max.record.bytes.between.snapshots=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="119"/>
        <source>%1 since the last one (metadata.log.max.snapshot.interval.ms=%2)</source>
        <translation>%1 desde la última (metadata.log.max.snapshot.interval.ms=%2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="125"/>
        <source>controller %1 wrote metadata snapshot at offset %2 (epoch %3), %4; its metadata log now starts at %5</source>
        <translation>el controlador %1 escribió una instantánea de metadatos en el offset %2 (época %3), %4; su log de metadatos empieza ahora en %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="139"/>
        <source>controller %1 was behind the log start of quorum leader %2; loaded snapshot %3 (FetchSnapshot) and fetches the records after it</source>
        <translation>el controlador %1 estaba antes del inicio del log del líder del quórum %2; cargó la instantánea %3 (FetchSnapshot) y obtiene los registros posteriores</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="151"/>
        <source>controller %1 is the active controller (epoch %2)</source>
        <translation>el controlador %1 es el controlador activo (época %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="157"/>
        <source>controller %1 is no longer the active controller</source>
        <translation>el controlador %1 ya no es el controlador activo</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="162"/>
        <source>the controller lost its leadership before the change was committed</source>
        <translation>el controller perdió el liderazgo antes de que se confirmara el cambio</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="180"/>
        <source>metadata log @%1 committed: %2</source>
        <translation>log de metadatos @%1 confirmado: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="245"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4, leader moves to broker %5</source>
        <translation>controlador %1: %2 reasignación terminada: réplicas %3 → %4, el líder pasa al broker %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="248"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4</source>
        <translation>controlador %1: %2 reasignación terminada: réplicas %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="260"/>
        <location filename="../engine/controller/controller.cpp" line="323"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="521"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="573"/>
        <source>Partition %1 does not exist.</source>
        <translation>La partición %1 no existe.</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="263"/>
        <source>broker %1 is already the preferred leader of %2</source>
        <translation>el broker %1 ya es el leader preferido de %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="267"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR %2</source>
        <translation>el leader preferido, el broker %1, no está vivo o no está en el ISR %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="273"/>
        <source>controller %1: preferred leader election for %2</source>
        <translation>controlador %1: elección del líder preferido para %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="299"/>
        <source>controller %1: broker %2 leads only %3 of the %4 partitions it is preferred for (over leader.imbalance.per.broker.percentage %5%) → preferred leader election</source>
        <translation>controlador %1: el broker %2 lidera solo %3 de las %4 particiones para las que es el preferido (por encima de leader.imbalance.per.broker.percentage %5%) → elección del líder preferido</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="326"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="578"/>
        <source>a reassignment of %1 is already running</source>
        <translation>ya hay una reasignación de %1 en curso</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="329"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="581"/>
        <source>the new replica list is empty</source>
        <translation>la nueva lista de réplicas está vacía</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="333"/>
        <location filename="../engine/controller/controller.cpp" line="380"/>
        <source>broker %1 is not registered</source>
        <translation>el broker %1 no está registrado</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="337"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="586"/>
        <source>broker %1 is listed twice</source>
        <translation>el broker %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="360"/>
        <source>controller %1: reassigning %2 %3 → %4</source>
        <translation>controlador %1: reasigna %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="362"/>
        <source>controller %1: reassigning %2 %3 → %4: adding %5 must catch up and join the ISR first</source>
        <translation>controlador %1: reasigna %2 %3 → %4: los añadidos %5 deben ponerse al día y unirse primero al ISR</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="385"/>
        <source>controller %1: broker %2 unregistered (UnregisterBrokerRecord) → no longer part of the cluster</source>
        <translation>controlador %1: broker %2 dado de baja (UnregisterBrokerRecord) → ya no forma parte del clúster</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="400"/>
        <source>re-registered after a restart</source>
        <translation>se registró de nuevo tras un reinicio</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="418"/>
        <source>controller %1: broker %2 reports an offline log dir in its heartbeat → its replicas are offline</source>
        <translation>controlador %1: el broker %2 informa en su heartbeat de un directorio de logs offline → sus réplicas están offline</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="427"/>
        <source>controller %1: broker %2 caught up with the metadata log → unfenced</source>
        <translation>controlador %1: el broker %2 se puso al día con el log de metadatos → deja de estar aislado (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="441"/>
        <source>missed heartbeats for %1 (broker.session.timeout.ms %2)</source>
        <translation>sin heartbeats durante %1 (broker.session.timeout.ms %2)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="448"/>
        <source>controller %1: broker %2 %3 → fenced</source>
        <translation>controlador %1: broker %2 %3 → aislado (fenced)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="532"/>
        <source>controller %1: %2 is offline: no in-sync replica is alive (leader epoch %3)</source>
        <translation>controlador %1: %2 está offline: no queda viva ninguna réplica sincronizada (época de líder %3)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="535"/>
        <source>controller %1: %2: new leader broker %3 (epoch %4)</source>
        <translation>controlador %1: %2: nuevo líder broker %3 (época %4)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="538"/>
        <source>%1 by UNCLEAN election: records only the old ISR had are lost</source>
        <translation>%1 por elección NO LIMPIA (unclean): se pierden los registros que solo tenía el ISR anterior</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="540"/>
        <source>%1, ISR %2 → %3</source>
        <translation>%1, ISR %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="543"/>
        <source>controller %1: %2 ISR %3 → %4</source>
        <translation>controlador %1: %2 ISR %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="544"/>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>controller %1: %2</source>
        <translation>controlador %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="605"/>
        <source>controller %1: %2 ISR %3 → %4 (asked by leader %5)</source>
        <translation>controlador %1: %2 ISR %3 → %4 (pedido por el líder %5)</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="642"/>
        <source>controller %1: created topic %2 with %3 partition(s), replication factor %4</source>
        <translation>controlador %1: creado el topic %2 con %3 partición(es), factor de replicación %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="656"/>
        <location filename="../engine/controller/controller.cpp" line="671"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="477"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="494"/>
        <source>Topic &apos;%1&apos; does not exist.</source>
        <translation>El topic &apos;%1&apos; no existe.</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="658"/>
        <source>controller %1: deleted topic %2</source>
        <translation>controlador %1: eliminado el topic %2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="117"/>
        <source>group %1: %2</source>
        <translation>grupo %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="233"/>
        <source>%1 (%2, generation %3, %4 member(s), %5 committed offset(s))</source>
        <translation>%1 (%2, generación %3, %4 miembro(s), %5 offset(s) confirmado(s))</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="240"/>
        <source>broker %1 is now group coordinator for %2 (leader epoch %3): %4</source>
        <translation>el broker %1 es ahora coordinador de grupos para %2 (época de líder %3): %4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="242"/>
        <source>no groups in its %1 record(s)</source>
        <translation>ningún grupo en sus %1 registro(s)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="243"/>
        <source>loaded %1 from %2 record(s)</source>
        <translation>cargado %1 desde %2 registro(s)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="273"/>
        <source>broker %1 is no longer its coordinator (it does not lead %2-%3 any more)</source>
        <translation>el broker %1 ya no es su coordinador (ya no lidera %2-%3)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="295"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4 (offsets.topic.replication.factor=%5 capped to the %6 live broker(s)), cleanup.policy=compact</source>
        <translation>broker %1: el primer FindCoordinator; pide al controlador crear %2 con offsets.topic.num.partitions=%3, factor de replicación %4 (offsets.topic.replication.factor=%5 limitado a los %6 brokers vivos), cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="299"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4, cleanup.policy=compact</source>
        <translation>broker %1: el primer FindCoordinator; pide al controlador crear %2 con offsets.topic.num.partitions=%3, factor de replicación %4, cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="403"/>
        <source>%1 offers assignor(s) %2, which not every member supports: INCONSISTENT_GROUP_PROTOCOL</source>
        <translation>%1 ofrece assignor(s) %2, que no todos los miembros admiten: INCONSISTENT_GROUP_PROTOCOL</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="431"/>
        <source>static member %1 (group.instance.id=%2) rejoined as %3 in place of %4: no rebalance, it keeps %5</source>
        <translation>el miembro estático %1 (group.instance.id=%2) volvió como %3 en lugar de %4: sin rebalanceo, conserva %5</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="521"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3)</source>
        <translation>%1 se une como %2 (miembro estático, group.instance.id=%3)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="523"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3): %4</source>
        <translation>%1 se une como %2 (miembro estático, group.instance.id=%3): %4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="525"/>
        <source>%1 joins as %2</source>
        <translation>%1 se une como %2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="526"/>
        <source>%1 joins as %2: %3</source>
        <translation>%1 se une como %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="528"/>
        <source>new member %1 (%2) joined</source>
        <translation>se unió el nuevo miembro %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="540"/>
        <source>%1 (%2) rejoined: %3</source>
        <translation>%1 (%2) volvió a unirse: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="542"/>
        <source>%1 (%2) rejoined with new metadata</source>
        <translation>%1 (%2) volvió a unirse con metadatos nuevos</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="544"/>
        <source>%1 (%2) rejoined</source>
        <translation>%1 (%2) volvió a unirse</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="577"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; waiting group.initial.rebalance.delay.ms (%4) for more members</source>
        <translation>PreparingRebalance (broker coordinador %1, deja la generación %2): %3; espera group.initial.rebalance.delay.ms (%4) a más miembros</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="581"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; members rejoin at their next heartbeat or poll</source>
        <translation>PreparingRebalance (broker coordinador %1, deja la generación %2): %3; los miembros vuelven a unirse en su próximo heartbeat o poll</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="600"/>
        <source>%1 removed: it did not rejoin within the rebalance timeout (max.poll.interval.ms = %2)</source>
        <translation>%1 retirado: no volvió a unirse dentro del tiempo de rebalanceo (max.poll.interval.ms = %2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="619"/>
        <source>Empty at generation %1 (no members left)</source>
        <translation>Empty en la generación %1 (no quedan miembros)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="638"/>
        <source>CompletingRebalance: generation %1, assignor %2, members %3; the leader computes the assignment and sends it in SyncGroup</source>
        <translation>CompletingRebalance: generación %1, assignor %2, miembros %3; el líder calcula la asignación y la envía en SyncGroup</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="789"/>
        <source>committed %1 (from %2)</source>
        <translation>commit hecho de %1 (de %2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="816"/>
        <source>storing the assignment failed: %1</source>
        <translation>falló guardar la asignación: %1</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="828"/>
        <source>Stable at generation %1 after %2: %3</source>
        <translation>Stable en la generación %1 tras %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="886"/>
        <source>%1 left the group</source>
        <translation>%1 abandonó el grupo</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="887"/>
        <source>%1 left the group (%2)</source>
        <translation>%1 abandonó el grupo (%2)</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="941"/>
        <source>%1 removed: no heartbeat within session.timeout.ms (%2)</source>
        <translation>%1 retirado: sin heartbeat dentro de session.timeout.ms (%2)</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>zookeeper %1: %2</source>
        <translation>ZooKeeper %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="105"/>
        <source>no word from leader %1 for %2 (controller.quorum.fetch.timeout.ms)</source>
        <translation>sin noticias del líder %1 durante %2 (controller.quorum.fetch.timeout.ms)</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="110"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so broker fencing, partition leader elections, ISR changes and topic changes wait until a quorum is back</source>
        <translation>no alcanza una mayoría (%1 de %2 votantes): no se puede confirmar nada, así que el aislamiento de brokers, las elecciones de líder de partición, los cambios de ISR y los cambios de topics esperan hasta que vuelva a haber quórum</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="113"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so ZooKeeper cannot serve writes, sessions or watches until a quorum is back</source>
        <translation>no alcanza una mayoría (%1 de %2 votantes): no se puede confirmar nada, así que ZooKeeper no puede atender escrituras, sesiones ni watches hasta que vuelva a haber quórum</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="130"/>
        <source>resigns as quorum leader: heard from only %1 of %2 voters within %3</source>
        <translation>renuncia como líder del quórum: solo supo de %1 de %2 votantes en %3</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="191"/>
        <source>follows quorum leader %1 in epoch %2</source>
        <translation>sigue al líder del quórum %1 en la época %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="204"/>
        <source>asks the other voters for a pre-vote for epoch %1</source>
        <translation>pide a los demás votantes un pre-voto para la época %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="218"/>
        <source>stands for election as quorum leader in epoch %1</source>
        <translation>se presenta a la elección de líder del quórum en la época %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="235"/>
        <source>is the quorum leader (a 1-voter quorum) in epoch %1</source>
        <translation>es el líder del quórum (un quórum de 1 votante) en la época %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="237"/>
        <source>won the election: quorum leader in epoch %1 with %2 of %3 votes</source>
        <translation>ganó la elección: líder del quórum en la época %1 con %2 de %3 votos</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="274"/>
        <source>votes for controller %1 in epoch %2</source>
        <translation>vota por el controlador %1 en la época %2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="420"/>
        <source>truncated %1 uncommitted metadata record(s) that diverged from leader %2</source>
        <translation>truncó %1 registro(s) de metadatos no confirmados que divergían del líder %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="170"/>
        <source>missing %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="176"/>
        <source>unexpected &apos;%1&apos;; usage: %2</source>
        <translation>&apos;%1&apos; inesperado; uso: %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="187"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes none)</source>
        <translation>opción desconocida &apos;%1&apos; para &apos;%2&apos; (no admite ninguna)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="188"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes %3)</source>
        <translation>opción desconocida &apos;%1&apos; para &apos;%2&apos; (admite %3)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="194"/>
        <location filename="../engine/scenario/runner.cpp" line="225"/>
        <source>no cluster yet: start the scenario with a &apos;cluster&apos; command, e.g. &apos;cluster brokers=3&apos;</source>
        <translation>todavía no hay clúster: empiece el escenario con un comando &apos;cluster&apos;, p. ej. &apos;cluster brokers=3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="201"/>
        <source>&apos;%1&apos; is not a node id</source>
        <translation>&apos;%1&apos; no es un id de nodo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="212"/>
        <source>&apos;%1&apos; is neither a node id nor a consumer&apos;s or producer&apos;s name</source>
        <translation>&apos;%1&apos; no es ni un id de nodo ni el nombre de un consumer o producer</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="222"/>
        <source>a command must start with a word, e.g. &apos;cluster&apos;, &apos;topic&apos;, &apos;produce&apos;</source>
        <translation>un comando debe empezar con una palabra, p. ej. &apos;cluster&apos;, &apos;topic&apos;, &apos;produce&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="243"/>
        <source>unknown command &apos;%1&apos; (commands: cluster, config, topic, produce, producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, expect, print)</source>
        <translation>comando desconocido &apos;%1&apos; (comandos: cluster, config, topic, produce, producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, expect, print)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="252"/>
        <source>the cluster is already defined; a scenario has one &apos;cluster&apos; command, at the start</source>
        <translation>el clúster ya está definido; un escenario tiene un solo comando &apos;cluster&apos;, al principio</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="261"/>
        <source>mode must be kraft or zookeeper, not &apos;%1&apos;</source>
        <translation>mode debe ser kraft o zookeeper, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="266"/>
        <source>zookeepers= sizes the ZooKeeper ensemble: it needs mode=zookeeper</source>
        <translation>zookeepers= fija el tamaño del ensemble de ZooKeeper: necesita mode=zookeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="269"/>
        <source>zookeepers must be between 1 and 9, not %1</source>
        <translation>zookeepers debe estar entre 1 y 9, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="275"/>
        <source>brokers must be between 1 and 50, not %1</source>
        <translation>brokers debe estar entre 1 y 50, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="281"/>
        <source>controllers must be between 1 and 9, not %1</source>
        <translation>controllers debe estar entre 1 y 9, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="288"/>
        <source>process.roles is a KRaft config: it needs mode=kraft</source>
        <translation>process.roles es una configuración de KRaft: necesita mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="290"/>
        <source>process.roles on the cluster line must be broker,controller (combined mode), not &apos;%1&apos;; without it brokers and controllers are separate processes</source>
        <translation>process.roles en la línea cluster debe ser broker,controller (modo combinado), no &apos;%1&apos;; sin él, brokers y controllers son procesos separados</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="294"/>
        <source>process.roles=broker,controller makes brokers 1..%1 the controllers: controllers (%1) cannot exceed brokers (%2)</source>
        <translation>process.roles=broker,controller convierte a los brokers 1..%1 en los controllers: controllers (%1) no puede superar a brokers (%2)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="304"/>
        <source>ZooKeeper-mode cluster (Kafka&apos;s architecture before 4.0): %1 broker(s), a ZooKeeper ensemble of %2 from %3, seed %4</source>
        <translation>clúster en modo ZooKeeper (la arquitectura de Kafka antes de 4.0): %1 broker(s), un ensemble de ZooKeeper de %2 desde %3, semilla %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="308"/>
        <source>KRaft cluster in combined mode (process.roles=broker,controller): %1 broker(s), of which 1..%2 are the controllers too, seed %3</source>
        <translation>clúster KRaft en modo combinado (process.roles=broker,controller): %1 broker(s), de los que 1..%2 son también los controladores, semilla %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="312"/>
        <source>KRaft cluster: %1 broker(s), %2 controller(s) from %3, seed %4</source>
        <translation>clúster KRaft: %1 broker(s), %2 controlador(es) desde %3, semilla %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="314"/>
        <source>the cluster did not become ready within 30s of simulated time</source>
        <translation>el clúster no estuvo listo en 30 s de tiempo simulado</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="317"/>
        <source>cluster ready: every broker is registered and a controller broker is elected</source>
        <translation>clúster listo: todos los brokers están registrados y hay un broker controlador elegido</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="319"/>
        <source>cluster ready: every broker is registered and unfenced</source>
        <translation>clúster listo: todos los brokers están registrados y sin aislar (unfenced)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="328"/>
        <source>%1 is a KRaft controller config: it needs mode=kraft</source>
        <translation>%1 es una configuración del controller de KRaft: necesita mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="332"/>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 debe ser al menos %2, no %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="341"/>
        <source>expected &apos;config set KEY=VALUE [topic=NAME]&apos;</source>
        <translation>se esperaba &apos;config set KEY=VALUE [topic=NAME]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="352"/>
        <source>config set needs at least one KEY=VALUE</source>
        <translation>config set necesita al menos un KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="357"/>
        <source>&apos;create&apos; or &apos;delete&apos;</source>
        <translation>&apos;create&apos; o &apos;delete&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="358"/>
        <location filename="../engine/scenario/runner.cpp" line="469"/>
        <source>topic name</source>
        <translation>nombre del topic</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="366"/>
        <source>expected &apos;topic create&apos; or &apos;topic delete&apos;, not &apos;topic %1&apos;</source>
        <translation>se esperaba &apos;topic create&apos; o &apos;topic delete&apos;, no &apos;topic %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="386"/>
        <source>%1 failed: %2: %3</source>
        <translation>%1 falló: %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="393"/>
        <source>add, remove or config</source>
        <translation>add, remove o config</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="396"/>
        <location filename="../engine/scenario/runner.cpp" line="406"/>
        <source>the producer&apos;s name (its client.id)</source>
        <translation>el nombre del producer (su client.id)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="413"/>
        <source>expected &apos;producer add&apos;, &apos;producer remove&apos; or &apos;producer config&apos;, not &apos;producer %1&apos;</source>
        <translation>se esperaba &apos;producer add&apos;, &apos;producer remove&apos; o &apos;producer config&apos;, no &apos;producer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="416"/>
        <source>producer config needs at least one CONFIG=VALUE</source>
        <translation>producer config necesita al menos un CONFIG=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="431"/>
        <source>&apos;%1&apos; must be at least %2</source>
        <translation>&apos;%1&apos; debe ser al menos %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="446"/>
        <location filename="../engine/scenario/runner.cpp" line="489"/>
        <source>acks must be 0, 1 or all, not &apos;%1&apos;</source>
        <translation>acks debe ser 0, 1 o all, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="450"/>
        <source>partitioner must be sticky (Kafka&apos;s default) or round-robin, not &apos;%1&apos;</source>
        <translation>partitioner debe ser sticky (el predeterminado de Kafka) o round-robin, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="454"/>
        <source>enable.idempotence=true is not simulated: Kafkascope&apos;s producers have no producer id or sequence numbers, so they behave as enable.idempotence=false</source>
        <translation>enable.idempotence=true no se simula: los producers de Kafkascope no tienen producer id ni números de secuencia, así que se comportan como con enable.idempotence=false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="457"/>
        <source>enable.idempotence must be true or false, not &apos;%1&apos;</source>
        <translation>enable.idempotence debe ser true o false, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="460"/>
        <source>unknown producer config &apos;%1&apos; (acks, linger.ms, batch.size, partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)</source>
        <translation>configuración de producer desconocida &apos;%1&apos; (acks, linger.ms, batch.size, partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="481"/>
        <source>partition must be 0 or more, not %1</source>
        <translation>partition debe ser 0 o más, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="493"/>
        <source>count must be between 1 and 10000000, not %1</source>
        <translation>count debe estar entre 1 y 10000000, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="501"/>
        <source>a header is written key:value, with a key; &apos;%1&apos; is not</source>
        <translation>un header se escribe key:value, con una clave; &apos;%1&apos; no lo es</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="512"/>
        <source>kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full</source>
        <translation>kill, restart, pause, resume, add, decommission, remove, slow, normal o disk-full</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="520"/>
        <source>broker id</source>
        <translation>id del broker</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="525"/>
        <source>broker %1 was removed from the cluster (broker remove)</source>
        <translation>el broker %1 se eliminó del clúster (broker remove)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="534"/>
        <source>delay must be more than 0 (use &apos;broker normal %1&apos; to undo)</source>
        <translation>delay debe ser mayor que 0 (use &apos;broker normal %1&apos; para deshacerlo)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="557"/>
        <source>expected broker kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full, not &apos;broker %1&apos;</source>
        <translation>se esperaba broker kill, restart, pause, resume, add, decommission, remove, slow, normal o disk-full, no &apos;broker %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="567"/>
        <source>kill, restart, pause or resume</source>
        <translation>kill, restart, pause o resume</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>ZooKeeper node id</source>
        <translation>id del nodo ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>controller id (or &apos;active&apos;)</source>
        <translation>id del controller (o &apos;active&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="575"/>
        <source>there is no active controller right now</source>
        <translation>ahora mismo no hay ningún controller activo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="580"/>
        <source>&apos;controller %1 active&apos; is not a thing: use kill or pause with &apos;active&apos;</source>
        <translation>&apos;controller %1 active&apos; no existe: use kill o pause con &apos;active&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="589"/>
        <source>there is no ZooKeeper node %1 (they are numbered from %2)</source>
        <translation>no existe el nodo ZooKeeper %1 (se numeran a partir de %2)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="591"/>
        <source>this cluster runs in KRaft mode: it has no ZooKeeper</source>
        <translation>este clúster funciona en modo KRaft: no tiene ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="593"/>
        <source>in ZooKeeper mode the controller is a broker: use &apos;broker kill N&apos;, &apos;controller kill active&apos; or &apos;zookeeper kill %1&apos;</source>
        <translation>en modo ZooKeeper el controller es un broker: use &apos;broker kill N&apos;, &apos;controller kill active&apos; o &apos;zookeeper kill %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="597"/>
        <source>there is no controller %1 (controllers are numbered from %2)</source>
        <translation>no existe el controller %1 (los controllers se numeran a partir de %2)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="604"/>
        <source>expected %1 kill, restart, pause or resume, not &apos;%1 %2&apos;</source>
        <translation>se esperaba %1 kill, restart, pause o resume, no &apos;%1 %2&apos;</translation>
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
        <translation>partición (TOPIC-P)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="616"/>
        <source>expected &apos;leader elect preferred TOPIC-P&apos;</source>
        <translation>se esperaba &apos;leader elect preferred TOPIC-P&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="621"/>
        <source>&apos;reassign&apos;</source>
        <translation>&apos;reassign&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="625"/>
        <source>expected &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</source>
        <translation>se esperaba &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="628"/>
        <source>partition reassign needs replicas=[IDS], the brokers the partition moves to</source>
        <translation>partition reassign necesita replicas=[IDS], los brokers a los que se mueve la partición</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="641"/>
        <source>expected &apos;heal all&apos; (use &apos;link heal A B&apos; for one link)</source>
        <translation>se esperaba &apos;heal all&apos; (use &apos;link heal A B&apos; para un enlace)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="653"/>
        <source>cut, slow or heal</source>
        <translation>cut, slow o heal</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="654"/>
        <source>first node id</source>
        <translation>id del primer nodo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="655"/>
        <source>second node id</source>
        <translation>id del segundo nodo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="659"/>
        <source>oneway must be true or false</source>
        <translation>oneway debe ser true o false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="668"/>
        <source>link slow needs latency=DURATION, the one-way delay of the slow link (e.g. latency=200ms)</source>
        <translation>link slow necesita latency=DURATION, el retardo en un sentido del enlace lento (p. ej. latency=200ms)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="676"/>
        <location filename="../engine/scenario/runner.cpp" line="700"/>
        <source>loss is a percentage from 0 to 100, not %1</source>
        <translation>loss es un porcentaje de 0 a 100, no %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="685"/>
        <source>expected &apos;link cut&apos;, &apos;link slow&apos; or &apos;link heal&apos;, not &apos;link %1&apos;</source>
        <translation>se esperaba &apos;link cut&apos;, &apos;link slow&apos; o &apos;link heal&apos;, no &apos;link %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="785"/>
        <source>what to expect (leader, hw, leo, isr, offline, online, controller, ...)</source>
        <translation>qué se espera (leader, hw, leo, isr, offline, online, controller, ...)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="792"/>
        <source>there is no partition %1</source>
        <translation>no existe la partición %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="824"/>
        <source>there is no KRaft controller %1</source>
        <translation>no existe el controller KRaft %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="836"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="221"/>
        <source>a list compares with == or != only</source>
        <translation>una lista solo se compara con == o !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="860"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="271"/>
        <source>a state compares with == or != only</source>
        <translation>un estado solo se compara con == o !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="874"/>
        <source>there is no producer %1 (or it is closed)</source>
        <translation>no existe el producer %1 (o está cerrado)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="884"/>
        <source>an error name compares with == or != only</source>
        <translation>un nombre de error solo se compara con == o !=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="895"/>
        <source>unknown expectation &apos;%1&apos; (leader, hw, leo, log-start, epoch, isr, replicas, offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, consumed)</source>
        <translation>expectativa desconocida &apos;%1&apos; (leader, hw, leo, log-start, epoch, isr, replicas, offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, consumed)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="903"/>
        <source>partitions, brokers, groups or controllers</source>
        <translation>partitions, brokers, groups o controllers</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="959"/>
        <source>expected print partitions, brokers, groups or controllers, not &apos;print %1&apos;</source>
        <translation>se esperaba print partitions, brokers, groups o controllers, no &apos;print %1&apos;</translation>
    </message>
    <message>
        <source>producer-1: %1</source>
        <translation type="vanished">producer-1: %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="705"/>
        <source>network: latency %1, jitter %2, loss %3%</source>
        <translation>red: latencia %1, jitter %2, pérdida %3%</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="711"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="766"/>
        <source>chaos over: every node running, every link healed</source>
        <translation>fin del caos: todos los nodos funcionan, todos los enlaces restablecidos</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="40"/>
        <source>broker %1: its ZooKeeper session expired; opening a new one</source>
        <translation>broker %1: su sesión de ZooKeeper expiró; abre una nueva</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="50"/>
        <source>broker %1 saw /controller deleted → races to create it</source>
        <translation>el broker %1 vio /controller eliminado → compite por crearlo</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="25"/>
        <source>broker %1 starting, connecting to ZooKeeper</source>
        <translation>el broker %1 arranca y se conecta a ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="66"/>
        <source>broker %1 registered %2 (ephemeral)</source>
        <translation>el broker %1 registró %2 (efímero)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="78"/>
        <source>broker %1: %2 still belongs to its previous session; retrying until that session expires</source>
        <translation>broker %1: %2 aún pertenece a su sesión anterior; reintenta hasta que esa sesión expire</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="127"/>
        <source>broker %1: StopReplica for %2 from controller broker %3 (delete)</source>
        <translation>broker %1: StopReplica para %2 del broker controlador %3 (eliminar)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="128"/>
        <source>broker %1: StopReplica for %2 from controller broker %3</source>
        <translation>broker %1: StopReplica para %2 del broker controlador %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="211"/>
        <source>broker %1 created %2 to tell the controller</source>
        <translation>el broker %1 creó %2 para avisar al controlador</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="212"/>
        <source>broker %1 could not create %2: %3</source>
        <translation>el broker %1 no pudo crear %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="30"/>
        <source>controller broker %1: %2</source>
        <translation>broker controlador %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="75"/>
        <source>could not claim controller epoch %1: %2</source>
        <translation>no pudo reclamar la época de controlador %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="79"/>
        <source>won the race to create /controller: it is the controller (controller epoch %1); reading the cluster state from ZooKeeper</source>
        <translation>ganó la carrera por crear /controller: es el controlador (época de controlador %1); lee el estado del clúster desde ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="117"/>
        <source>is no longer the controller</source>
        <translation>ya no es el controlador</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="179"/>
        <source>loaded %1 live broker(s), %2 topic(s) and %3 partition state(s) from ZooKeeper in %4</source>
        <translation>cargó %1 broker(s) vivos, %2 topic(s) y %3 estado(s) de partición desde ZooKeeper en %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <source>a replica is not alive</source>
        <translation>una réplica no está viva</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="314"/>
        <source>its leader is not alive</source>
        <translation>su líder no está vivo</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="199"/>
        <source>%1: resuming its reassignment (adding %2, removing %3)</source>
        <translation>%1: reanuda su reasignación (añade %2, retira %3)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="223"/>
        <source>/brokers/ids/%1 is gone (its ZooKeeper session ended) → broker %1 is dead</source>
        <translation>/brokers/ids/%1 ha desaparecido (terminó su sesión de ZooKeeper) → el broker %1 está muerto</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="226"/>
        <source>/brokers/ids/%1 appeared → broker %1 is alive</source>
        <translation>/brokers/ids/%1 apareció → el broker %1 está vivo</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="432"/>
        <source>the controller is still loading</source>
        <translation>el controller todavía está cargando</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="443"/>
        <source>creating topic %1 with %2 partition(s): writing /brokers/topics/%1 and one state znode per partition</source>
        <translation>crea el topic %1 con %2 partición(es): escribe /brokers/topics/%1 y un znode de estado por partición</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="527"/>
        <source>broker %1 is already the preferred leader</source>
        <translation>el broker %1 ya es el leader preferido</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="533"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR</source>
        <translation>el leader preferido, el broker %1, no está vivo o no está en el ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="602"/>
        <source>broker %1 is not alive (live brokers %2)</source>
        <translation>el broker %1 no está vivo (brokers vivos %2)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="607"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6, removing %7; %6 must catch up and join the ISR first</source>
        <translation>reasigna %1 %2 → %3: escribe /brokers/topics/%4 con réplicas %5, añade %6, retira %7; %6 deben ponerse al día y unirse primero al ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="610"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6; %6 must catch up and join the ISR first</source>
        <translation>reasigna %1 %2 → %3: escribe /brokers/topics/%4 con réplicas %5, añade %6; %6 deben ponerse al día y unirse primero al ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="613"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, removing %7</source>
        <translation>reasigna %1 %2 → %3: escribe /brokers/topics/%4 con réplicas %5, retira %7</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="615"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5</source>
        <translation>reasigna %1 %2 → %3: escribe /brokers/topics/%4 con réplicas %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="629"/>
        <source>could not write /brokers/topics/%1 (the topic is gone or another controller took over)</source>
        <translation>no pudo escribir /brokers/topics/%1 (el topic ya no existe u otro controlador tomó el relevo)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="632"/>
        <source>the reassignment could not be written to ZooKeeper</source>
        <translation>no se pudo escribir la reasignación en ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="679"/>
        <source>%1: every target replica %2 is in the ISR → leader moves to broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1: todas las réplicas destino %2 están en el ISR → el líder pasa al broker %3 (época %4), ISR %5; escribe %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="683"/>
        <source>%1: every target replica %2 is in the ISR → ISR %3; writing %4</source>
        <translation>%1: todas las réplicas destino %2 están en el ISR → ISR %3; escribe %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="709"/>
        <source>%1 reassignment done: replicas %2 → %3</source>
        <translation>%1 reasignación terminada: réplicas %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="710"/>
        <source>%1 reassignment done: replicas %2 → %3; StopReplica (delete) to broker(s) %4</source>
        <translation>%1 reasignación terminada: réplicas %2 → %3; StopReplica (eliminar) a los brokers %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>a replica died</source>
        <translation>murió una réplica</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>it has no leader</source>
        <translation>no tiene líder</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="272"/>
        <source>%1 (%2): offline, no in-sync replica is alive, ISR %3; writing %4</source>
        <translation>%1 (%2): offline, no queda viva ninguna réplica sincronizada, ISR %3; escribe %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="274"/>
        <source>%1 (%2): leader broker %3 (epoch %4) by UNCLEAN election, ISR %5; writing %6</source>
        <translation>%1 (%2): líder broker %3 (época %4) por elección NO LIMPIA (unclean), ISR %5; escribe %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="277"/>
        <source>%1 (%2): leader broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1 (%2): líder broker %3 (época %4), ISR %5; escribe %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="294"/>
        <source>could not write %1: %2 (the znode or /controller_epoch changed); reading it again</source>
        <translation>no pudo escribir %1: %2 (cambió el znode o /controller_epoch); lo lee de nuevo</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="408"/>
        <source>%1 ISR %2 → %3 (asked by leader %4); writing %5</source>
        <translation>%1 ISR %2 → %3 (pedido por el líder %4); escribe %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="480"/>
        <source>deleting topic %1</source>
        <translation>elimina el topic %1</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="512"/>
        <source>configs changed</source>
        <translation>cambiaron las configuraciones</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="540"/>
        <source>%1: preferred leader election → broker %2 (epoch %3)</source>
        <translation>%1: elección del líder preferido → broker %2 (época %3)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="39"/>
        <source>%1/log_dir_event_%2 appeared → broker %2&apos;s log dir is offline, and so are its replicas</source>
        <translation>%1/log_dir_event_%2 apareció → el directorio de logs del broker %2 está offline, y también sus réplicas</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="45"/>
        <source>a replica&apos;s log dir is offline</source>
        <translation>el directorio de logs de una réplica está offline</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="51"/>
        <source>zookeeper %1 leads the ZooKeeper ensemble</source>
        <translation>ZooKeeper %1 lidera el ensemble de ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="85"/>
        <source>zookeeper %1: session %2 of node %3 expired (no request or ping for %4, zookeeper.session.timeout.ms %5)</source>
        <translation>ZooKeeper %1: la sesión %2 del nodo %3 expiró (sin petición ni ping durante %4, zookeeper.session.timeout.ms %5)</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="206"/>
        <source>zookeeper %1: session %2 closed → ephemeral znodes deleted: %3</source>
        <translation>ZooKeeper %1: sesión %2 cerrada → znodes efímeros eliminados: %3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="37"/>
        <source>&apos;%1&apos; is already a consumer&apos;s client.id; give the producer another name</source>
        <translation>&apos;%1&apos; ya es el client.id de un consumer; dé otro nombre al producer</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="44"/>
        <source>producer %1 already exists (it is still closing)</source>
        <translation>el producer %1 ya existe (todavía se está cerrando)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="45"/>
        <source>producer %1 already exists; remove it first or choose another name</source>
        <translation>el producer %1 ya existe; elimínelo primero o elija otro nombre</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="53"/>
        <source>the cluster already has %1 producers, the most it can hold</source>
        <translation>el clúster ya tiene %1 producers, el máximo que admite</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="60"/>
        <source>producer %1 started again (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>productor %1 iniciado de nuevo (nodo %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="62"/>
        <source>producer %1 added (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>productor %1 añadido (nodo %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="73"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="89"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="101"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="341"/>
        <location filename="../engine/scenario/runner.cpp" line="419"/>
        <source>there is no producer %1</source>
        <translation>no existe el producer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="75"/>
        <source>producer %1 is already removed (closed)</source>
        <translation>el producer %1 ya se eliminó (cerrado)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="76"/>
        <source>producer %1 is already closing</source>
        <translation>el producer %1 ya se está cerrando</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="77"/>
        <source>producer %1 is paused; resume it first</source>
        <translation>el producer %1 está en pausa; reanúdelo primero (resume)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="80"/>
        <source>producer %1 closing (close(): it sends what it holds without waiting for linger.ms, and waits for %2 record(s) to be acknowledged or to fail)</source>
        <translation>productor %1 cerrándose (close(): envía lo que tiene sin esperar linger.ms y espera a que %2 registro(s) se confirmen o fallen)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="104"/>
        <source>producer %1 is closed: it takes no more records (send() after close())</source>
        <translation>el producer %1 está cerrado: no acepta más records (send() después de close())</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="34"/>
        <source>broker %1 was already removed from the cluster</source>
        <translation>el broker %1 ya se eliminó del clúster</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="342"/>
        <location filename="../engine/cluster/cluster_membership.cpp" line="35"/>
        <location filename="../engine/scenario/runner.cpp" line="857"/>
        <source>there is no broker %1</source>
        <translation>no existe el broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="37"/>
        <source>node %1 is a controller too (process.roles=broker,controller): removing it would change the controller quorum, which is not simulated</source>
        <translation>el nodo %1 también es controller (process.roles=broker,controller): eliminarlo cambiaría el quórum de controllers, lo que no se simula</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="46"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3 and %4 more; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>el broker %1 aún aloja réplicas de %2 partición(es): %3 y %4 más; muévalas primero (&apos;partition reassign TOPIC-P [IDS]&apos;, o &apos;broker decommission %1&apos; para todas) y después elimínelo</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="50"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>el broker %1 aún aloja réplicas de %2 partición(es): %3; muévalas primero (&apos;partition reassign TOPIC-P [IDS]&apos;, o &apos;broker decommission %1&apos; para todas) y después elimínelo</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="55"/>
        <source>broker %1 is the cluster&apos;s last broker</source>
        <translation>el broker %1 es el último broker del clúster</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="58"/>
        <source>broker %1 shut down to be removed from the cluster (it hosts no replicas)</source>
        <translation>broker %1 detenido para quitarlo del clúster (no aloja réplicas)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="73"/>
        <source>broker %1 is stopped, but no controller broker saw its /brokers/ids znode go within %2; try &apos;broker remove %1&apos; again later</source>
        <translation>el broker %1 está detenido, pero ningún broker controller vio desaparecer su znode /brokers/ids en %2; vuelva a intentar &apos;broker remove %1&apos; más tarde</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="84"/>
        <source>broker %1 is stopped, but unregistering it failed: %2: %3</source>
        <translation>el broker %1 está detenido, pero su baja del registro falló: %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="89"/>
        <source>broker %1 removed from the cluster (its /brokers/ids znode is gone)</source>
        <translation>broker %1 quitado del clúster (su znode /brokers/ids ya no existe)</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="91"/>
        <source>broker %1 removed from the cluster (unregistered by the controller)</source>
        <translation>broker %1 quitado del clúster (dado de baja por el controlador)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="22"/>
        <source>choose a topic</source>
        <translation>elija un topic</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="24"/>
        <source>a topic name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>un nombre de topic solo tiene letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="28"/>
        <source>a partition is 0 or more</source>
        <translation>una partición es 0 o más</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="30"/>
        <source>the key has a line break; the command log keeps one line per record</source>
        <translation>la key tiene un salto de línea; el registro de comandos guarda una línea por record</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="33"/>
        <source>the value has a line break; the command log keeps one line per record (JSON is sent compact)</source>
        <translation>el value tiene un salto de línea; el registro de comandos guarda una línea por record (el JSON se envía compacto)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="36"/>
        <source>acks is 0, 1 or all</source>
        <translation>acks es 0, 1 o all</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="40"/>
        <source>a header needs a key</source>
        <translation>un header necesita una key</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="42"/>
        <source>a header key cannot contain &apos;:&apos;</source>
        <translation>una key de header no puede contener &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="47"/>
        <source>a header key cannot contain , [ ] { } &quot; or a line break</source>
        <translation>una key de header no puede contener , [ ] { } &quot; ni saltos de línea</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="49"/>
        <source>a header value cannot contain , [ ] { } &quot; or a line break</source>
        <translation>un value de header no puede contener , [ ] { } &quot; ni saltos de línea</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="52"/>
        <source>a header key cannot start or end with a space</source>
        <translation>una key de header no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="53"/>
        <source>a header value cannot start or end with a space</source>
        <translation>un value de header no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="60"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="35"/>
        <source>a producer needs a name (its client.id)</source>
        <translation>un producer necesita un nombre (su client.id)</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="62"/>
        <source>a producer&apos;s name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>el nombre de un producer solo tiene letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="92"/>
        <source>no partition %1</source>
        <translation>no hay partición %1</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="107"/>
        <source>no replica of %1 has a log</source>
        <translation>ninguna réplica de %1 tiene un log</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="129"/>
        <source>the setup commands did not build a cluster (start them with &apos;cluster&apos;)</source>
        <translation>los comandos de preparación no crearon ningún clúster (empiécelos con &apos;cluster&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="249"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="255"/>
        <source>no cluster is running</source>
        <translation>no hay ningún clúster en ejecución</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="342"/>
        <source>producer %1 is closing: it takes no more records</source>
        <translation>el producer %1 se está cerrando: no acepta más records</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="81"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clave duplicada &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="90"/>
        <source>missing key name before &apos;=&apos; in &apos;%1&apos;</source>
        <translation>falta el nombre de la clave antes de &apos;=&apos; en &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="93"/>
        <source>unexpected word &apos;%1&apos; after key=value options (positional words come first; a value containing spaces must be quoted)</source>
        <translation>palabra inesperada &apos;%1&apos; después de opciones key=value (las palabras posicionales van primero; un valor con espacios debe ir entre comillas)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="105"/>
        <source>unexpected &apos;%1&apos; after the closing quote (expected a space)</source>
        <translation>&apos;%1&apos; inesperado después de las comillas de cierre (se esperaba un espacio)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="107"/>
        <source>unexpected &apos;%1&apos; after &apos;%2&apos; (expected a space)</source>
        <translation>&apos;%1&apos; inesperado después de &apos;%2&apos; (se esperaba un espacio)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="124"/>
        <source>unterminated quoted string (missing closing &apos;&quot;&apos;)</source>
        <translation>cadena entre comillas sin terminar (falta el &apos;&quot;&apos; de cierre)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="151"/>
        <source>unbalanced &apos;%1&apos;: nothing to close</source>
        <translation>&apos;%1&apos; desequilibrado: no hay nada que cerrar</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="153"/>
        <source>unbalanced &apos;%1&apos;: it does not match &apos;%2&apos; at column %3</source>
        <translation>&apos;%1&apos; desequilibrado: no coincide con &apos;%2&apos; en la columna %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="167"/>
        <source>unterminated string (missing closing &apos;&quot;&apos;)</source>
        <translation>cadena sin terminar (falta el &apos;&quot;&apos; de cierre)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="170"/>
        <source>unbalanced &apos;%1&apos;: missing &apos;%2&apos;</source>
        <translation>&apos;%1&apos; desequilibrado: falta &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="231"/>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: error: %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="254"/>
        <source>invalid duration &apos;%1&apos;: durations cannot be negative</source>
        <translation>duración no válida &apos;%1&apos;: las duraciones no pueden ser negativas</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="274"/>
        <source>invalid duration &apos;%1&apos;: expected a duration such as 250ms, 5s, 2m, 1h or 100us</source>
        <translation>duración no válida &apos;%1&apos;: se esperaba una duración como 250ms, 5s, 2m, 1h o 100us</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="280"/>
        <source>duration &apos;%1&apos; is too large</source>
        <translation>la duración &apos;%1&apos; es demasiado grande</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="289"/>
        <source>invalid integer &apos;%1&apos;: expected a whole number</source>
        <translation>entero no válido &apos;%1&apos;: se esperaba un número entero</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="293"/>
        <source>integer &apos;%1&apos; is out of range</source>
        <translation>el entero &apos;%1&apos; está fuera de rango</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="300"/>
        <source>invalid partition &apos;%1&apos;: expected TOPIC-PARTITION such as orders-0</source>
        <translation>partición no válida &apos;%1&apos;: se esperaba TOPIC-PARTITION como orders-0</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="308"/>
        <source>invalid partition &apos;%1&apos;: &apos;%2&apos; is not a partition number (expected TOPIC-PARTITION such as orders-0)</source>
        <translation>partición no válida &apos;%1&apos;: &apos;%2&apos; no es un número de partición (se esperaba TOPIC-PARTITION como orders-0)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="318"/>
        <source>invalid list &apos;%1&apos;: expected a list such as [a, b, c]</source>
        <translation>lista no válida &apos;%1&apos;: se esperaba una lista como [a, b, c]</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="328"/>
        <source>invalid list &apos;%1&apos;: empty element</source>
        <translation>lista no válida &apos;%1&apos;: elemento vacío</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="330"/>
        <source>invalid list &apos;%1&apos;: lists cannot be nested</source>
        <translation>lista no válida &apos;%1&apos;: las listas no se pueden anidar</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="343"/>
        <source>invalid comparison operator &apos;%1&apos;: expected ==, !=, &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>operador de comparación no válido &apos;%1&apos;: se esperaba ==, !=, &lt;, &lt;=, &gt; o &gt;=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="49"/>
        <source>add, remove, kill, pause, resume, commit or seek</source>
        <translation>add, remove, kill, pause, resume, commit o seek</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="50"/>
        <source>consumer name (its client.id)</source>
        <translation>nombre del consumer (su client.id)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="75"/>
        <source>offset, beginning or end</source>
        <translation>offset, beginning o end</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="90"/>
        <source>expected consumer add, remove, kill, pause, resume, commit or seek, not &apos;consumer %1&apos;</source>
        <translation>se esperaba consumer add, remove, kill, pause, resume, commit o seek, no &apos;consumer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="98"/>
        <source>unknown consumer option &apos;%1&apos; (consumer add takes %2)</source>
        <translation>opción de consumer desconocida &apos;%1&apos; (consumer add admite %2)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="106"/>
        <source>%1 may not be negative</source>
        <translation>%1 no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="112"/>
        <source>%1 must be at least %2</source>
        <translation>%1 debe ser al menos %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="119"/>
        <source>%1 is true or false</source>
        <translation>%1 es true o false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="126"/>
        <source>topic= names at least one topic</source>
        <translation>topic= nombra al menos un topic</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="134"/>
        <source>assign= names at least one partition</source>
        <translation>assign= nombra al menos una partición</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="137"/>
        <source>consumer add needs topic=T (subscribe) or assign=[TOPIC-P, ...] (manual assignment)</source>
        <translation>consumer add necesita topic=T (subscribe) o assign=[TOPIC-P, ...] (asignación manual)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="144"/>
        <source>unknown assignor &apos;%1&apos; (range, roundrobin, sticky, cooperative-sticky)</source>
        <translation>assignor desconocido &apos;%1&apos; (range, roundrobin, sticky, cooperative-sticky)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="147"/>
        <source>assignor= names at least one assignor</source>
        <translation>assignor= nombra al menos un assignor</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="150"/>
        <source>group.instance.id (static membership) needs group=G</source>
        <translation>group.instance.id (pertenencia estática) necesita group=G</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="167"/>
        <source>heartbeat.interval.ms must be lower than session.timeout.ms</source>
        <translation>heartbeat.interval.ms debe ser menor que session.timeout.ms</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="169"/>
        <source>heartbeat.interval.ms, max.poll.interval.ms and auto.commit.interval.ms must be positive</source>
        <translation>heartbeat.interval.ms, max.poll.interval.ms y auto.commit.interval.ms deben ser positivos</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="175"/>
        <source>auto.offset.reset is earliest, latest or none, not &apos;%1&apos;</source>
        <translation>auto.offset.reset es earliest, latest o none, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="183"/>
        <source>commit is after (at-least-once), before (at-most-once) or none, not &apos;%1&apos;</source>
        <translation>commit es after (at-least-once), before (at-most-once) o none, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="186"/>
        <source>commit=%1 needs group=G: offsets are committed to a group</source>
        <translation>commit=%1 necesita group=G: los offsets se confirman en un grupo</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="193"/>
        <source>enable.auto.commit=true needs group=G (Kafka: InvalidConfigurationException)</source>
        <translation>enable.auto.commit=true necesita group=G (Kafka: InvalidConfigurationException)</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="203"/>
        <source>there is no consumer group %1</source>
        <translation>no existe el grupo de consumers %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="214"/>
        <source>group %1 does not read %2</source>
        <translation>el grupo %1 no lee %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="299"/>
        <source>unknown expectation &apos;%1&apos;</source>
        <translation>expectativa desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="107"/>
        <source>%1 (interrupted)</source>
        <translation>%1 (interrumpido)</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="123"/>
        <location filename="../engine/check/group_ledger.cpp" line="148"/>
        <source>each partition is owned by at most one member per group generation</source>
        <translation>cada partición pertenece como mucho a un miembro por generación del grupo</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="124"/>
        <source>group %1 generation %2 assigns %3 to both %4 and %5</source>
        <translation>el grupo %1, generación %2, asigna %3 tanto a %4 como a %5</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="139"/>
        <source>a committed offset never exceeds the log end offset</source>
        <translation>un offset confirmado nunca supera el log end offset</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="140"/>
        <source>group %1 committed %2=%3 but the leader&apos;s log ends at %4</source>
        <translation>el grupo %1 confirmó %2=%3, pero el log del leader termina en %4</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="149"/>
        <source>group %1: %2 took %3 in generation %4 while %5 still owns it</source>
        <translation>grupo %1: %2 tomó %3 en la generación %4 mientras %5 todavía la posee</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="186"/>
        <source>with commit-after-processing no record is skipped</source>
        <translation>con commit después de procesar no se salta ningún record</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="187"/>
        <source>%1 commits %2 %3=%4 after processing, but the group never processed offset %5</source>
        <translation>%1 confirma %2 %3=%4 después de procesar, pero el grupo nunca procesó el offset %5</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="20"/>
        <source>offsets are dense and increasing</source>
        <translation>los offsets son densos y crecientes</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="21"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as leader)</source>
        <translation>el broker %1 añadió a %2 en el offset %3, pero su log terminaba en %4 (como leader)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="22"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as follower)</source>
        <translation>el broker %1 añadió a %2 en el offset %3, pero su log terminaba en %4 (como follower)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="32"/>
        <source>the high watermark never goes backward on a leader</source>
        <translation>el high watermark nunca retrocede en un leader</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="33"/>
        <source>%1 on broker %2 epoch %3: HW %4 → %5</source>
        <translation>%1 en el broker %2, época %3: HW %4 → %5</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="41"/>
        <source>at most one leader per partition epoch</source>
        <translation>como mucho un leader por época de partición</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="42"/>
        <source>%1 epoch %2 has leaders %3 and %4</source>
        <translation>%1 tiene en la época %2 los leaders %3 y %4</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>at most one quorum leader per epoch</source>
        <translation>como mucho un leader del quórum por época</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>epoch %1 has leaders %2 and %3</source>
        <translation>la época %1 tiene los leaders %2 y %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="69"/>
        <location filename="../engine/check/invariants.cpp" line="76"/>
        <source>committed metadata entries are never lost or reordered</source>
        <translation>las entradas de metadatos confirmadas nunca se pierden ni se reordenan</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="70"/>
        <source>controller %1 has [epoch %2] %3 committed at offset %4 where [epoch %5] %6 was committed</source>
        <translation>el controller %1 tiene [epoch %2] %3 confirmado en el offset %4, donde se había confirmado [epoch %5] %6</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="77"/>
        <source>controller %1 committed offset %2 before offset %3</source>
        <translation>el controller %1 confirmó el offset %2 antes del offset %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 loaded snapshot %2</source>
        <translation>el controller %1 cargó la snapshot %2</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 wrote snapshot %2</source>
        <translation>el controller %1 escribió la snapshot %2</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="102"/>
        <source>a metadata snapshot holds committed records only</source>
        <translation>una snapshot de metadatos solo contiene records confirmados</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="103"/>
        <source>%1, but only %2 entries are committed</source>
        <translation>%1, pero solo hay %2 entradas confirmadas</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="107"/>
        <source>a metadata snapshot&apos;s id names its last committed entry</source>
        <translation>el id de una snapshot de metadatos nombra su última entrada confirmada</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="108"/>
        <source>%1, but the committed entry at offset %2 has epoch %3</source>
        <translation>%1, pero la entrada confirmada en el offset %2 tiene la época %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="117"/>
        <source>a metadata snapshot equals the image its committed prefix builds</source>
        <translation>una snapshot de metadatos es igual a la imagen que construye su prefijo confirmado</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="118"/>
        <source>%1: its image differs from what the committed entries [0, %2) build</source>
        <translation>%1: su imagen difiere de la que construyen las entradas confirmadas [0, %2)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="155"/>
        <source>the ISR is a subset of the replicas</source>
        <translation>el ISR es un subconjunto de las réplicas</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="156"/>
        <source>%1: ISR %2 has broker %3, not a replica %4</source>
        <translation>%1: el ISR %2 contiene el broker %3, que no está entre las réplicas %4</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>the leader is in the ISR</source>
        <translation>el leader está en el ISR</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>%1: leader %2 not in ISR %3</source>
        <translation>%1: el leader %2 no está en el ISR %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="163"/>
        <source>leader epochs never go backward</source>
        <translation>las leader epochs nunca retroceden</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="164"/>
        <source>%1: leader epoch %2 → %3</source>
        <translation>%1: leader epoch %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="277"/>
        <source>acknowledged acks=all records survive (unclean election off)</source>
        <translation>los records confirmados con acks=all sobreviven (unclean election desactivada)</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="278"/>
        <source>%1: %2 acknowledged record(s) at offsets %3..%4 are not in leader %5&apos;s log</source>
        <translation>%1: %2 record(s) confirmado(s) en los offsets %3..%4 no están en el log del leader %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="21"/>
        <source>&apos;%1&apos; is not a legal topic name</source>
        <translation>&apos;%1&apos; no es un nombre de topic válido</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="22"/>
        <source>Topic &apos;%1&apos; already exists.</source>
        <translation>El topic &apos;%1&apos; ya existe.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="27"/>
        <source>Number of partitions must be larger than 0.</source>
        <translation>El número de particiones debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="31"/>
        <source>Replication factor must be larger than 0.</source>
        <translation>El factor de replicación debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="35"/>
        <source>Unable to replicate the partition %1 time(s): The target replication factor of %1 cannot be reached because only %2 broker(s) are registered.</source>
        <translation>No se puede replicar la partición %1 vez/veces: no se puede alcanzar el factor de replicación objetivo de %1 porque solo hay %2 broker(s) registrado(s).</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="57"/>
        <source>&apos;%1&apos; is a topic config; its cluster-wide default is &apos;%2&apos;</source>
        <translation>&apos;%1&apos; es una configuración de topic; su valor predeterminado para todo el clúster es &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="59"/>
        <source>unknown broker config &apos;%1&apos;</source>
        <translation>configuración de broker desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="61"/>
        <source>unknown topic config &apos;%1&apos;</source>
        <translation>configuración de topic desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="69"/>
        <source>&apos;%1&apos; needs a whole number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; necesita un número entero, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="71"/>
        <source>&apos;%1&apos; is out of range: %2</source>
        <translation>&apos;%1&apos; está fuera de rango: %2</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="73"/>
        <source>&apos;%1&apos; may not be %2</source>
        <translation>&apos;%1&apos; no puede ser %2</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="77"/>
        <source>&apos;%1&apos; needs true or false, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; necesita true o false, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="85"/>
        <source>&apos;%1&apos; is not a valid value for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no es un valor válido para &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/protocol/messages.cpp" line="40"/>
        <source>not the controller</source>
        <translation>no es el controller</translation>
    </message>
</context>
<context>
    <name>ks::ui::BrokerRemoval</name>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="30"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="77"/>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="34"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="48"/>
        <source>Remove broker %1</source>
        <translation>Quitar broker %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="35"/>
        <source>Broker %1 still hosts replicas of %n partition(s). Kafka does not remove a broker that hosts replicas.

Move them to the other brokers first (one reassignment per partition), wait until they are moved, then remove the broker?</source>
        <translation>
            <numerusform>El broker %1 aún aloja réplicas de %n partición. Kafka no quita un broker que aloja réplicas.

¿Moverlas primero a los otros brokers (una reasignación por partición), esperar a que se muevan y luego quitar el broker?</numerusform>
            <numerusform>El broker %1 aún aloja réplicas de %n particiones. Kafka no quita un broker que aloja réplicas.

¿Moverlas primero a los otros brokers (una reasignación por partición), esperar a que se muevan y luego quitar el broker?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Moving the replicas off broker %1…</source>
        <translation>Moviendo las réplicas fuera del broker %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="54"/>
        <source>Removing broker %1 cancelled; the reassignments already sent go on</source>
        <translation>Se canceló quitar el broker %1; las reasignaciones ya enviadas continúan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="67"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="70"/>
        <source>Broker %1 cannot be emptied: %2</source>
        <translation>El broker %1 no se puede vaciar: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="74"/>
        <source>Moving the replicas off broker %1: %n partition(s) left…</source>
        <translation>
            <numerusform>Moviendo las réplicas fuera del broker %1: queda %n partición…</numerusform>
            <numerusform>Moviendo las réplicas fuera del broker %1: quedan %n particiones…</numerusform>
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
        <translation>El id del broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>running, fenced (the controller stopped trusting it), registering, paused, stopped</source>
        <translation>en marcha, fenced (el controlador dejó de confiar en él), registrándose, pausado, detenido</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Partitions this broker leads</source>
        <translation>Particiones que lidera este broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Partition replicas this broker holds</source>
        <translation>Réplicas de particiones que tiene este broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Partitions whose preferred leader (first replica) is this broker</source>
        <translation>Particiones cuyo líder preferido (primera réplica) es este broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Led elsewhere</source>
        <translation>Lideradas por otro</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Of those, how many another broker leads now (after a failover)</source>
        <translation>De ellas, cuántas lidera ahora otro broker (tras un failover)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Skew</source>
        <translation>Desequilibrio</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Led elsewhere ÷ preferred: Kafka&apos;s leader imbalance; a preferred leader election brings it to 0</source>
        <translation>Lideradas por otro ÷ preferido: el desequilibrio de líderes de Kafka; una elección de líder preferido lo lleva a 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Under-replicated</source>
        <translation>Subreplicadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica</source>
        <translation>UnderReplicatedPartitions: particiones que lidera cuyo ISR carece de una réplica</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Log size</source>
        <translation>Tamaño del log</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Bytes of all its partition logs on disk</source>
        <translation>Bytes de todos sus logs de partición en disco</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
        <source>Disk share</source>
        <translation>Cuota de disco</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
        <source>Its share of all bytes stored in the cluster</source>
        <translation>Su parte de todos los bytes almacenados en el clúster</translation>
    </message>
</context>
<context>
    <name>ks::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="42"/>
        <source>records/s</source>
        <translation>registros/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="43"/>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="49"/>
        <source>Lag per:</source>
        <translation>Lag por:</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="51"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="52"/>
        <source>partition</source>
        <translation>partición</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="56"/>
        <source>records behind</source>
        <translation>registros de retraso</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="58"/>
        <source>Consumer lag</source>
        <translation>Lag de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="65"/>
        <source>replicas / partitions</source>
        <translation>réplicas / particiones</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="66"/>
        <source>ISR health</source>
        <translation>Salud del ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="78"/>
        <source>simulated time (s)</source>
        <translation>tiempo simulado (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="156"/>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="157"/>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="160"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="161"/>
        <source>under-replicated partitions</source>
        <translation>particiones subreplicadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="163"/>
        <source>offline partitions</source>
        <translation>particiones offline</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="200"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="207"/>
        <source>Could not write the PNG file %1</source>
        <translation>No se pudo escribir el archivo PNG %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="219"/>
        <location filename="../ui/panels/charts_panel.cpp" line="222"/>
        <source>Could not write the SVG file %1</source>
        <translation>No se pudo escribir el archivo SVG %1</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation type="vanished">No se pudo escribir el archivo CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>ks::ui::Classroom</name>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>&amp;Choose a lesson…</source>
        <translation>&amp;Elegir una lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="77"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>Iniciar una de las lecciones incluidas en un clúster nuevo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="78"/>
        <source>&amp;Open a lesson file…</source>
        <translation>&amp;Abrir un archivo de lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="79"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>Iniciar una lección escrita por usted (vea docs/lessons.md)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="80"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>&amp;Previous step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="82"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>Mostrar de nuevo el paso anterior (lo ejecutado sigue hecho)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="85"/>
        <source>Answer &amp;%1</source>
        <translation>Respuesta &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="90"/>
        <source>&amp;Stop the lesson</source>
        <translation>&amp;Detener la lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="91"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>Salir de la lección; el clúster queda como está</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="92"/>
        <source>E&amp;xport lesson summary…</source>
        <translation>E&amp;xportar resumen de la lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="93"/>
        <source>Save a one-page summary of this lesson to take home, as PDF or HTML</source>
        <translation>Guardar un resumen de una página de esta lección para llevar a casa, en PDF o HTML</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="94"/>
        <source>P&amp;resenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="95"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>Tema de proyector, texto grande, solo la vista y la lección; cada paso con el teclado</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="98"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="99"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="100"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Proyector (alto contraste)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="119"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="135"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="137"/>
        <source>View → Theme</source>
        <translation>Ver → Tema</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="169"/>
        <source>The workspace&apos;s lesson cannot be opened</source>
        <translation>No se puede abrir la lección del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="198"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Choose a lesson</source>
        <translation>Elegir una lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Open a lesson file</source>
        <translation>Abrir un archivo de lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lecciones (*.lesson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="211"/>
        <source>The lesson cannot be opened</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="216"/>
        <source>No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).</source>
        <translation>No hay ninguna lección en curso, así que no hay nada que resumir: inicie una con Lecciones → Elegir una lección (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="221"/>
        <source>Export lesson summary</source>
        <translation>Exportar resumen de la lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="227"/>
        <source>PDF, one A4 page (*.pdf);;HTML page (*.html)</source>
        <translation>PDF, una página A4 (*.pdf);;Página HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="234"/>
        <source>Saved the lesson summary to %1</source>
        <translation>Resumen de la lección guardado en %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="21"/>
        <source>Compare KRaft and ZooKeeper</source>
        <translation>Comparar KRaft y ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="23"/>
        <source>Runs everything done in this session so far (seed %1) twice: once with a KRaft controller quorum (Kafka 4.x) and once with ZooKeeper and a controller broker (Kafka before 4.0), and measures how long each took to recover from the faults.</source>
        <translation>Ejecuta dos veces todo lo hecho en esta sesión (semilla %1): una con un quórum de controladores KRaft (Kafka 4.x) y otra con ZooKeeper y un bróker controlador (Kafka antes de 4.0), y mide cuánto tardó cada una en recuperarse de los fallos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="42"/>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="43"/>
        <source>Cancel comparison</source>
        <translation>Cancelar la comparación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="60"/>
        <source>Running the session in KRaft mode, then in ZooKeeper mode…</source>
        <translation>Ejecutando la sesión en modo KRaft y luego en modo ZooKeeper…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="87"/>
        <source>Cancelled. Nothing in the session changed; Run again to start over.</source>
        <translation>Cancelado. Nada cambió en la sesión; «Ejecutar de nuevo» empieza desde el principio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="91"/>
        <source>
The session&apos;s commands have an error in one of the modes; the figures stop there.</source>
        <translation>
Los comandos de la sesión tienen un error en uno de los modos; las cifras se detienen ahí.</translation>
    </message>
</context>
<context>
    <name>ks::ui::ConsumerDialog</name>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="16"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation>Dé un nombre al consumidor (su client.id).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="17"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un consumidor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>There is a consumer %1 already.</source>
        <translation>Ya existe un consumidor %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="24"/>
        <source>Add consumer</source>
        <translation>Añadir consumidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="37"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation>Los consumidores del mismo grupo se reparten las particiones; déjelo vacío para un consumidor por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="41"/>
        <source>the newest records (latest)</source>
        <translation>los registros más nuevos (latest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="42"/>
        <source>the oldest records (earliest)</source>
        <translation>los registros más antiguos (earliest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>&amp;Name (client.id)</source>
        <translation>&amp;Nombre (client.id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Assignor</source>
        <translation>&amp;Asignador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation>&amp;Empezar desde, sin offset confirmado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="57"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation>Cree primero un topic: un consumidor lee un topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="59"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un grupo.</translation>
    </message>
</context>
<context>
    <name>ks::ui::DataPanels</name>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="44"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="45"/>
        <source>Members and their partitions</source>
        <translation>Miembros y sus particiones</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="46"/>
        <source>Partitions: position, committed, lag</source>
        <translation>Particiones: posición, confirmado, lag</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="49"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="50"/>
        <source>Brokers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="51"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="52"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="53"/>
        <source>Broker metrics</source>
        <translation>Métricas de brokers</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="70"/>
        <source>Charts &amp;follow the clock</source>
        <translation>Los gráficos &amp;siguen el reloj</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="75"/>
        <source>Keep the charts on the newest simulated time (dragging or zooming a chart stops it)</source>
        <translation>Mantener los gráficos en el tiempo simulado más reciente (arrastrar o hacer zoom en un gráfico lo detiene)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="85"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exportar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="86"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>Exportar gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="87"/>
        <source>Export chart data as &amp;CSV…</source>
        <translation>Exportar datos del gráfico como &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="155"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="156"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="157"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="158"/>
        <location filename="../ui/panels/data_panels.cpp" line="165"/>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="168"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogDock</name>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="17"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="30"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="31"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="32"/>
        <source>Replication</source>
        <translation>Replicación</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="33"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="34"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="35"/>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="36"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="37"/>
        <source>Routine detail</source>
        <translation>Detalle rutinario</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="41"/>
        <source>Also show routine detail: every acknowledgement of the background producer, every fetch</source>
        <translation>Mostrar también el detalle rutinario: cada confirmación (ack) del productor en segundo plano, cada fetch</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="62"/>
        <source>Type a command and press Enter, e.g.  broker kill 2   ·   link cut 1 3   ·   print partitions</source>
        <translation>Escriba un comando y pulse Enter, p. ej.  broker kill 2   ·   link cut 1 3   ·   print partitions</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="88"/>
        <source>Show %1 events</source>
        <translation>Mostrar eventos de %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogModel</name>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="91"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation>(%1 eventos no se mostraron: la ventana se quedó atrás)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="94"/>
        <source>✗ %1 — rejected: %2</source>
        <translation>✗ %1 — rechazado: %2</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="95"/>
        <source>  (hover to see what it printed)</source>
        <translation>  (pase el ratón por encima para ver lo que imprimió)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="120"/>
        <source> · about %1</source>
        <translation> · sobre %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupMembersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>client.id of the consumer</source>
        <translation>client.id del consumidor</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>The member id the coordinator gave it</source>
        <translation>El id de miembro que le dio el coordinador</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>The group leader runs the assignor; idle members got no partition</source>
        <translation>El líder del grupo ejecuta el asignador; los miembros inactivos no recibieron partición</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>The partitions it owns in this generation</source>
        <translation>Las particiones que posee en esta generación</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="166"/>
        <source>, static</source>
        <translation>, estático</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="167"/>
        <source>, idle</source>
        <translation>, inactivo</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupPartitionsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>A partition the group reads</source>
        <translation>Una partición que lee el grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>The member it is assigned to</source>
        <translation>El miembro al que está asignada</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>The next offset the owner&apos;s poll() returns</source>
        <translation>El siguiente offset que devuelve el poll() del propietario</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>Committed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>The group&apos;s committed offset: where a new owner starts</source>
        <translation>El offset confirmado del grupo: donde empieza un nuevo propietario</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark</source>
        <translation>LOG-END-OFFSET tal como lo muestra kafka-consumer-groups: el high watermark</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>LEO − committed: records not yet committed as consumed</source>
        <translation>LEO − confirmado: registros aún no confirmados como consumidos</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Lag (s)</source>
        <translation>Lag (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>Antigüedad del registro más antiguo aún no consumido</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="195"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</source>
        <translation>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Grows with every rebalance; commits from an older one are refused</source>
        <translation>Crece con cada rebalanceo; se rechazan los commits de una anterior</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>The broker leading the group&apos;s __consumer_offsets partition</source>
        <translation>El broker que lidera la partición __consumer_offsets del grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Assignor</source>
        <translation>Asignador</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>The partition assignor the group uses</source>
        <translation>El asignador de particiones que usa el grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)</source>
        <translation>Protocolo de rebalanceo: eager (revoca todo) o cooperative (KIP-429)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Consumers in the group</source>
        <translation>Consumidores del grupo</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Records between the committed offsets and the log ends, summed</source>
        <translation>Registros entre los offsets confirmados y los finales de log, sumados</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
        <source>Lag (s)</source>
        <translation>Lag (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>Antigüedad del registro más antiguo aún no consumido</translation>
    </message>
</context>
<context>
    <name>ks::ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ks::ui::KeyedTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="17"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="92"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>Respuesta %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="111"/>
        <source>No lesson running</source>
        <translation>Ninguna lección en curso</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="113"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija una en el menú Lecciones (Ctrl+L). Cada lección construye su propio clúster, explica, le pide que prediga lo que ocurrirá, lo ejecuta y señala la respuesta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="118"/>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="120"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>Construyendo el clúster de la lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="125"/>
        <source>The lesson cannot start: %1</source>
        <translation>La lección no puede empezar: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Your turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="136"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="151"/>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="153"/>
        <source>✗ Not quite.</source>
        <translation>✗ No exactamente.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="154"/>
        <source>The answer is %1) %2.</source>
        <translation>La respuesta es %1) %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="166"/>
        <source>found %1</source>
        <translation>se encontró %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>Esperando su acción: hágalo en la vista o con los menús; la lección continuará sola.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="174"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>¿Qué cree? Elija una respuesta (Ctrl+Alt+1…).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="176"/>
        <source>✓ Done.</source>
        <translation>✓ Hecho.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="177"/>
        <source>The end of the lesson.</source>
        <translation>Fin de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="181"/>
        <source>A command was refused: %1</source>
        <translation>Se rechazó un comando: %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonLibrary</name>
    <message>
        <location filename="../ui/lessons/lesson_library.cpp" line="24"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ks::ui::LinkDialog</name>
    <message>
        <source>Cut or heal a link</source>
        <translation type="vanished">Cortar o reparar un enlace</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="19"/>
        <source>Cut, slow or heal a link</source>
        <translation>Cortar, ralentizar o reparar un enlace</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;To</source>
        <translation>&amp;Hacia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="34"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation>&amp;Cortar en ambos sentidos (ninguno llega al otro)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="35"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation>Cortar en &amp;un sentido (Desde no llega a Hacia)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="36"/>
        <source>&amp;Slow it both ways (its own latency, jitter and loss)</source>
        <translation>&amp;Ralentizar en ambos sentidos (su propia latencia, jitter y pérdida)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="37"/>
        <source>Slo&amp;w it one way (From → To)</source>
        <translation>Ralen&amp;tizar en un sentido (Desde → Hacia)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="38"/>
        <source>&amp;Heal the link (no cut, the network&apos;s conditions)</source>
        <translation>&amp;Reparar el enlace (sin corte, las condiciones de la red)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="47"/>
        <source>&amp;Latency (one way)</source>
        <translation>&amp;Latencia (un sentido)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="48"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>&amp;Jitter (extra, aleatorio)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="49"/>
        <source>Message l&amp;oss</source>
        <translation>Pérdida de &amp;mensajes</translation>
    </message>
    <message>
        <source>&amp;Heal the link</source>
        <translation type="vanished">&amp;Reparar el enlace</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainActions</name>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>&amp;New cluster…</source>
        <translation>&amp;Nuevo clúster…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>Start over with a new cluster</source>
        <translation>Empezar de nuevo con un clúster nuevo</translation>
    </message>
    <message>
        <source>&amp;Save session as scenario…</source>
        <translation type="vanished">&amp;Guardar sesión como escenario…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="30"/>
        <source>Save session as sc&amp;enario…</source>
        <translation>Guardar la sesión como &amp;escenario…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="31"/>
        <source>Write everything done so far as a scenario file that kafkascope-cli replays exactly</source>
        <translation>Escribir todo lo hecho hasta ahora como un archivo de escenario que kafkascope-cli reproduce exactamente</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="32"/>
        <source>Save &amp;picture of the window…</source>
        <translation>Guardar &amp;imagen de la ventana…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>Run or stop the simulated clock</source>
        <translation>Poner en marcha o detener el reloj simulado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Step one &amp;event</source>
        <translation>Avanzar un &amp;evento</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Process exactly one engine event, then pause</source>
        <translation>Procesar exactamente un evento del motor y pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="37"/>
        <source>Step one &amp;millisecond</source>
        <translation>Avanzar un &amp;milisegundo</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="38"/>
        <source>Run to the next whole simulated millisecond, then pause</source>
        <translation>Avanzar hasta el siguiente milisegundo simulado completo y pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="39"/>
        <source>&amp;Slower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="40"/>
        <source>&amp;Faster</source>
        <translation>Más rápi&amp;do</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="41"/>
        <source>&amp;Real time (1×)</source>
        <translation>&amp;Tiempo real (1×)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="42"/>
        <source>As fast as &amp;possible</source>
        <translation>Lo más rápido po&amp;sible</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="43"/>
        <source>Fast-forward &amp;10 s</source>
        <translation>Avance rápido &amp;10 s</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="44"/>
        <source>Run 10 simulated seconds as fast as possible, then carry on as before</source>
        <translation>Ejecutar 10 segundos simulados lo más rápido posible y luego seguir como antes</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="45"/>
        <source>&amp;Background producer running</source>
        <translation>Productor en segundo plano &amp;activo</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="46"/>
        <source>A steady stream of keyed records to the topic &apos;orders&apos;</source>
        <translation>Un flujo constante de registros con clave al topic &apos;orders&apos;</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="48"/>
        <source>Background producer f&amp;aster</source>
        <translation>A&amp;celerar el productor en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="49"/>
        <source>Background producer s&amp;lower</source>
        <translation>&amp;Frenar el productor en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>&amp;Kill</source>
        <translation>&amp;Matar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>Crash the selected node; its disk survives</source>
        <translation>Hacer caer el nodo seleccionado; su disco sobrevive</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>Start the selected (killed) node again</source>
        <translation>Volver a iniciar el nodo seleccionado (matado)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="53"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausar (congelación tipo GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="54"/>
        <source>Freeze the selected node like a long garbage-collection pause</source>
        <translation>Congelar el nodo seleccionado como una larga pausa de recolección de basura</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Let the paused node run again</source>
        <translation>Dejar que el nodo pausado vuelva a ejecutarse</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="56"/>
        <source>&amp;Isolate from everyone</source>
        <translation>&amp;Aislar de todos</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="57"/>
        <source>Cut every link of the selected node (a network partition)</source>
        <translation>Cortar todos los enlaces del nodo seleccionado (una partición de red)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="58"/>
        <source>&amp;Cut or heal a link…</source>
        <translation>&amp;Cortar o reparar un enlace…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="59"/>
        <source>Cut the link between two nodes (or drag from one node to another)</source>
        <translation>Cortar el enlace entre dos nodos (o arrastre de un nodo a otro)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>&amp;Heal all links</source>
        <translation>Reparar &amp;todos los enlaces</translation>
    </message>
    <message>
        <source>Repair every cut link and isolation</source>
        <translation type="vanished">Reparar todos los enlaces cortados y aislamientos</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut or slow link and every isolation</source>
        <translation>Reparar todos los enlaces cortados o lentos y todos los aislamientos</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>&amp;Network conditions…</source>
        <translation>Condicio&amp;nes de red…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>Latency, jitter and loss of every link</source>
        <translation>Latencia, jitter y pérdida de todos los enlaces</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="62"/>
        <source>Slo&amp;w follower</source>
        <translation>Seguidor &amp;lento</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>The selected broker&apos;s replica fetchers wait 40 s between fetches: its follower replicas fall behind and leave the ISR after replica.lag.time.max.ms; uncheck to heal</source>
        <translation>Los fetchers de réplica del broker seleccionado esperan 40 s entre fetches: sus réplicas seguidoras se quedan atrás y salen del ISR tras replica.lag.time.max.ms; desmarque para reparar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>Fill the &amp;disk</source>
        <translation>Llenar el &amp;disco</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>The selected broker&apos;s disk is full: its next write fails, its log dir goes offline and leadership moves away; a restart heals it</source>
        <translation>El disco del broker seleccionado está lleno: su próxima escritura falla, su directorio de log pasa a offline y el liderazgo se traslada; un reinicio lo repara</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>&amp;Add broker</source>
        <translation>&amp;Añadir broker</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation>Iniciar un broker más; se une sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>&amp;Decommission broker</source>
        <translation>&amp;Retirar broker</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation>Mover todas las réplicas fuera del broker seleccionado, para poder detenerlo sin perder ninguna</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>Remo&amp;ve broker…</source>
        <translation>&amp;Quitar broker…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Remove the selected broker for good; when it hosts replicas, move them away first</source>
        <translation>Quitar el broker seleccionado para siempre; si aloja réplicas, moverlas antes</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="75"/>
        <source>&amp;Create topic…</source>
        <translation>&amp;Crear topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>&amp;Delete topic…</source>
        <translation>&amp;Eliminar topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Elegir &amp;líder preferido</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>Devolver el liderazgo de la partición seleccionada a su primera réplica</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Add &amp;consumer…</source>
        <translation>Añadir c&amp;onsumidor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="80"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>Iniciar un consumidor, en un grupo de consumidores o por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>Re&amp;move consumer</source>
        <translation>&amp;Quitar consumidor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="82"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>El consumidor seleccionado abandona su grupo (un cierre limpio) y desaparece</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>Add p&amp;roducer…</source>
        <translation>Añadir p&amp;roductor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Start one more producer client, with its own acks, linger.ms and partitioner</source>
        <translation>Iniciar otro cliente productor, con sus propios acks, linger.ms y particionador</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Quitar pro&amp;ductor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="86"/>
        <source>Close the selected producer: it sends what it holds, waits for the answers and goes away</source>
        <translation>Cerrar el productor seleccionado: envía lo que tiene, espera las respuestas y desaparece</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>&amp;Type a command</source>
        <translation>Escri&amp;bir un comando</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>Cualquier comando de escenario, p. ej. broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>&amp;Acercar (texto más grande)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>A&amp;lejar (texto más pequeño)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Large text for a projector</source>
        <translation>Texto grande para un proyector</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="94"/>
        <source>F&amp;ull screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="96"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>Encajar el clúster en la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>Borrar selección y &amp;resaltado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Messages on the &amp;wire</source>
        <translation>Mensajes en la &amp;red</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>Requests and responses between the nodes: moving dots at slow speeds (2× and below), rates per link when faster</source>
        <translation>Peticiones y respuestas entre los nodos: puntos en movimiento a velocidad lenta (2× o menos), tasas por enlace cuando es más rápido</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Step</source>
        <translation>Paso</translation>
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
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="107"/>
        <source>Kill</source>
        <translation>Matar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Isolate</source>
        <translation>Aislar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Cut link</source>
        <translation>Cortar enlace</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Heal all</source>
        <translation>Reparar todo</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Consumer…</source>
        <translation>Consumidor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="112"/>
        <source>Producer…</source>
        <translation>Productor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>Choose the language of the window</source>
        <translation>Elegir el idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="118"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="119"/>
        <source>&amp;About Kafkascope</source>
        <translation>&amp;Acerca de Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — un clúster de Kafka que puede observar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>Segundos simulados por segundo real ([ más lento, ] más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="118"/>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Export &amp;table as CSV</source>
        <translation>Exportar &amp;tabla como CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>File → Export table as CSV</source>
        <translation>Archivo → Exportar tabla como CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>F&amp;aults</source>
        <translation>&amp;Fallos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>Event log &amp;filters</source>
        <translation>&amp;Filtros del registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>View → Event log filters</source>
        <translation>Ver → Filtros del registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>&amp;Timeline</source>
        <translation>Línea de &amp;tiempo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>Se&amp;ttings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>The cluster could not start: %1</source>
        <translation>No se pudo iniciar el clúster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Pause the clock</source>
        <translation>&amp;Pausar el reloj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>The cluster is being built.</source>
        <translation>Se está construyendo el clúster.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Kill</source>
        <translation>&amp;Matar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Kill %1</source>
        <translation>&amp;Matar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Restart %1</source>
        <translation>&amp;Reiniciar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausar (congelación tipo GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>&amp;Pausar %1 (congelación tipo GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="44"/>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="45"/>
        <source>Res&amp;ume %1</source>
        <translation>Rean&amp;udar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="53"/>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="149"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
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
        <translation>controlador %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <location filename="../ui/main_window_commands.cpp" line="154"/>
        <source>consumer %1</source>
        <translation>consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="88"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone</source>
        <translation>&amp;Aislar de todos</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>&amp;Aislar %1 de todos</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower %1</source>
        <translation>Seguidor &amp;lento %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower</source>
        <translation>Seguidor &amp;lento</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk of %1</source>
        <translation>Llenar el &amp;disco de %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk</source>
        <translation>Llenar el &amp;disco</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission %1</source>
        <translation>&amp;Retirar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission broker</source>
        <translation>&amp;Retirar broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve %1…</source>
        <translation>&amp;Quitar %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve broker…</source>
        <translation>&amp;Quitar broker…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer %1</source>
        <translation>&amp;Quitar consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer</source>
        <translation>&amp;Quitar consumidor</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer %1</source>
        <translation>Quitar pro&amp;ductor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer</source>
        <translation>Quitar pro&amp;ductor</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="134"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>Elegir &amp;líder preferido de %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="135"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Elegir &amp;líder preferido</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete topic</source>
        <translation>Eliminar topic</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>¿Qué topic eliminar? Sus registros se perderán para siempre.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="246"/>
        <source>Save session as scenario</source>
        <translation>Guardar sesión como escenario</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="247"/>
        <source>Scenarios (*.scenario)</source>
        <translation>Escenarios (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="254"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>Guardado %1 — reprodúzcalo con: kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>Productor en segundo plano: %1 registro(s) cada 100 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>About Kafkascope</source>
        <translation>Acerca de Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="292"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and producers, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Un pequeño clúster de Kafka simulado dentro de esta ventana: brokers con particiones replicadas, un quórum de controladores KRaft y productores, sobre un reloj y una red simulados. La misma semilla y los mismos comandos dan siempre la misma ejecución (semilla %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Un pequeño clúster de Kafka simulado dentro de esta ventana: brokers con particiones replicadas, un quórum de controladores KRaft y un productor, sobre un reloj y una red simulados. La misma semilla y los mismos comandos dan siempre la misma ejecución (semilla %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aún no simulado:&lt;/b&gt; quitar un broker para siempre (el desmantelamiento mueve sus réplicas; sigue en la lista).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Un pequeño clúster de Kafka simulado dentro de esta ventana: brokers con particiones replicadas, un quórum de controladores KRaft y un productor, sobre un reloj y una red simulados. La misma semilla y los mismos comandos dan siempre la misma ejecución (semilla %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aún no simulado:&lt;/b&gt; más de un productor, retirar un broker definitivamente (retirarlo mueve sus réplicas fuera; sigue apareciendo en la lista).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Un pequeño clúster de Kafka simulado dentro de esta ventana: brokers con particiones replicadas, un quórum de controladores KRaft y un productor, con un reloj y una red simulados. La misma semilla y los mismos comandos siempre dan la misma ejecución (semilla %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aún no simulado:&lt;/b&gt; más de un productor, eliminar un broker definitivamente (retirarlo mueve sus réplicas a otros brokers; sigue en la lista), ralentizar un solo enlace o un solo seguidor, llenar un disco.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="303"/>
        <source>Consumer %1</source>
        <translation>Consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="316"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="327"/>
        <source>Partition %1</source>
        <translation>Partición %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="342"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>Cortar el enlace %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="343"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>Cortar en un sentido: %1 no puede llegar a %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="345"/>
        <source>Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)</source>
        <translation>Ralentizar el enlace %1 ⇹ %2 (latencia 200 ms, jitter 50 ms)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="346"/>
        <source>Slow the link… (choose latency, jitter, loss)</source>
        <translation>Ralentizar el enlace… (elegir latencia, jitter, pérdida)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="348"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation>Reparar el enlace %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="37"/>
        <source>Kafkascope workspaces (*.kscope)</source>
        <translation>Espacios de trabajo de Kafkascope (*.kscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="86"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="88"/>
        <source>Cannot open %1: its setup commands failed: %2</source>
        <translation>No se puede abrir %1: sus comandos de preparación fallaron: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="111"/>
        <location filename="../ui/main_window_workspace.cpp" line="118"/>
        <source>Save workspace</source>
        <translation>Guardar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="121"/>
        <source>Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1</source>
        <translation>Guardado %1 — ábralo de nuevo o reprodúzcalo con: kafkascope-cli workspace replay %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="125"/>
        <location filename="../ui/main_window_workspace.cpp" line="135"/>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="126"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="133"/>
        <source>Opened %1 at %2 simulated; press Space to play on.</source>
        <translation>%1 abierto en %2 simulados; pulse Espacio para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Opening %1 was cancelled; the session is as it was.</source>
        <translation>Se canceló la apertura de %1; la sesión sigue igual.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as SVG</source>
        <translation>Exportar la vista como SVG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as PNG</source>
        <translation>Exportar la vista como PNG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="147"/>
        <source>Export view</source>
        <translation>Exportar la vista</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="148"/>
        <source>Exported the view to %1</source>
        <translation>Vista exportada a %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="156"/>
        <source>Topics and partitions</source>
        <translation>Topics y particiones</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="158"/>
        <source>Brokers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="159"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="160"/>
        <source>Group members and their partitions</source>
        <translation>Miembros de grupo y sus particiones</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="162"/>
        <source>Group partitions: position, committed, lag</source>
        <translation>Particiones de grupo: posición, confirmado, lag</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="164"/>
        <source>Broker metrics</source>
        <translation>Métricas de brokers</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="166"/>
        <source>Records in the message browser</source>
        <translation>Registros en el navegador de mensajes</translation>
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
        <translation>partición </translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="42"/>
        <source>Beginning</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="43"/>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="44"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="45"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="48"/>
        <source>offset, or time (12.5 or 1500ms)</source>
        <translation>offset o tiempo (12.5 o 1500ms)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="52"/>
        <source>search key or value</source>
        <translation>buscar clave o valor</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="54"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="55"/>
        <source>Read the partition from the chosen position (Ctrl+Alt+G)</source>
        <translation>Leer la partición desde la posición elegida (Ctrl+Alt+G)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="73"/>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="74"/>
        <source>Produce the selected records again (Ctrl+Alt+R)</source>
        <translation>Producir de nuevo los registros seleccionados (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="76"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="77"/>
        <source>Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)</source>
        <translation>Guardar los registros seleccionados (o todos los mostrados) como CSV o JSON lines (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="79"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="80"/>
        <source>Produce the records of a JSON-lines file (Ctrl+Alt+I)</source>
        <translation>Producir los registros de un archivo JSON lines (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="108"/>
        <source>Select a record to see it whole; a JSON value is pretty-printed.</source>
        <translation>Seleccione un registro para verlo completo; un valor JSON se muestra formateado.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="167"/>
        <source>Topic: the cluster has no topics to browse.</source>
        <translation>Topic: el clúster no tiene topics que explorar.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="173"/>
        <source>Partition: %1 has partitions 0 to %2.</source>
        <translation>Partición: %1 tiene las particiones 0 a %2.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="182"/>
        <source>Offset: &apos;%1&apos; is not an offset (a whole number, 0 or more).</source>
        <translation>Offset: &apos;%1&apos; no es un offset (un número entero, 0 o mayor).</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="188"/>
        <source>Time: &apos;%1&apos; is not a simulated time; write seconds (12.5) or a duration (1500ms).</source>
        <translation>Tiempo: &apos;%1&apos; no es un tiempo simulado; escriba segundos (12.5) o una duración (1500ms).</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="201"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>no replica</source>
        <translation>sin réplica</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="217"/>
        <source>%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7</source>
        <translation>%1 · inicio del log %2 · HW %3 · LEO %4 · %5 mostrados · leído de %6 en %7</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="231"/>
        <source>Producing again failed: %1</source>
        <translation>Falló la nueva producción: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="234"/>
        <source>Produced again to %1 at offset %2</source>
        <translation>Producido de nuevo en %1 en el offset %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="258"/>
        <source>Offset %1 at %2, %3 bytes
</source>
        <translation>Offset %1 en %2, %3 bytes
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="259"/>
        <source>Key: %1
</source>
        <translation>Clave: %1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="261"/>
        <source>Header %1: %2
</source>
        <translation>Cabecera %1: %2
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="263"/>
        <source>Value:
%1
</source>
        <translation>Valor:
%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="291"/>
        <source>Replay: select the records to produce again.</source>
        <translation>Reenviar: seleccione los registros que desea producir de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="308"/>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="309"/>
        <source>JSON lines (*.jsonl *.json);;CSV (*.csv)</source>
        <translation>JSON lines (*.jsonl *.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="317"/>
        <source>Export: cannot write %1 (%2)</source>
        <translation>Exportar: no se puede escribir %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="320"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="329"/>
        <source>Import: cannot read %1 (%2)</source>
        <translation>Importar: no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="333"/>
        <source>Import of %1 stopped, nothing was sent: %2</source>
        <translation>Importación de %1 detenida, no se envió nada: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="348"/>
        <source>line %1: the cluster has no topic &apos;%2&apos;; nothing was sent</source>
        <translation>línea %1: el clúster no tiene el topic &apos;%2&apos;; no se envió nada</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="352"/>
        <source>line %1: %2 has no partition %3; nothing was sent</source>
        <translation>línea %1: %2 no tiene la partición %3; no se envió nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/message_browser.cpp" line="360"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>Importando %n registro…</numerusform>
            <numerusform>Importando %n registros…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsPanel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="65"/>
        <source>Compare with the moment before:</source>
        <translation>Comparar con el momento anterior:</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="67"/>
        <source>A notable event (a fault, leaders elected); the table shows what each metric was just before it</source>
        <translation>Un evento destacado (un fallo, líderes elegidos); la tabla muestra el valor de cada métrica justo antes</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="80"/>
        <source>Select a metric to read what it means.</source>
        <translation>Seleccione una métrica para leer qué significa.</translation>
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
        <translation>Aún no hay eventos: mate un broker (K) y observe qué cambia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_panel.cpp" line="150"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="152"/>
        <source>Since “%1”: nothing moved yet.</source>
        <translation>Desde “%1”: nada ha cambiado todavía.</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="153"/>
        <source>Since “%1”:</source>
        <translation>Desde “%1”:</translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>The metric&apos;s name as Kafka exports it over JMX</source>
        <translation>El nombre de la métrica tal como Kafka la exporta por JMX</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Whose metric it is: a broker, the cluster&apos;s controller, a consumer</source>
        <translation>De quién es la métrica: un broker, el controlador del clúster, un consumidor</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Gauges now; rates and mean times over the last 10 s of simulated time</source>
        <translation>Gauges ahora; tasas y tiempos medios en los últimos 10 s de tiempo simulado</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>Before event</source>
        <translation>Antes del evento</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>The value just before the event chosen above</source>
        <translation>El valor justo antes del evento elegido arriba</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Moved</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Whether it changed since that event</source>
        <translation>Si ha cambiado desde ese evento</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="45"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="46"/>
        <source>moved</source>
        <translation>cambió</translation>
    </message>
</context>
<context>
    <name>ks::ui::NetworkDialog</name>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="27"/>
        <source>Network conditions</source>
        <translation>Condiciones de red</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="29"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation>Se aplican a todos los enlaces entre nodos. Kafkascope empieza con 1 ms de latencia, 0,2 ms de jitter y sin pérdida.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="40"/>
        <source>&amp;Latency (one way)</source>
        <translation>&amp;Latencia (en un sentido)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="41"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>&amp;Jitter (adicional, aleatorio)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="42"/>
        <source>Message &amp;loss</source>
        <translation>&amp;Pérdida de mensajes</translation>
    </message>
</context>
<context>
    <name>ks::ui::NewClusterDialog</name>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="15"/>
        <source>New cluster</source>
        <translation>Nuevo clúster</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="19"/>
        <source>KRaft (Kafka 3.3 and later)</source>
        <translation>KRaft (Kafka 3.3 y posteriores)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="20"/>
        <source>ZooKeeper (before Kafka 4.0)</source>
        <translation>ZooKeeper (antes de Kafka 4.0)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="30"/>
        <source>create the topic &apos;orders&apos; for the background producer</source>
        <translation>crear el topic &apos;orders&apos; para el productor en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="32"/>
        <source>start the consumer group &apos;analytics&apos; with two consumers reading &apos;orders&apos;</source>
        <translation>iniciar el grupo de consumidores &apos;analytics&apos; con dos consumidores que leen &apos;orders&apos;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="37"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="38"/>
        <source>&amp;Brokers</source>
        <translation>&amp;Brokers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="39"/>
        <source>&amp;Quorum nodes (controllers or ZooKeeper)</source>
        <translation>Nodos del &amp;quórum (controladores o ZooKeeper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="40"/>
        <source>&amp;Seed</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="42"/>
        <source>&amp;Partitions of &apos;orders&apos;</source>
        <translation>&amp;Particiones de &apos;orders&apos;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="47"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerDialog</name>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="19"/>
        <source>Give the producer a name (its client.id).</source>
        <translation>Dé un nombre al productor (su client.id).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="20"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a producer&apos;s name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un productor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="21"/>
        <source>There is a client %1 already.</source>
        <translation>Ya existe un cliente %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="26"/>
        <source>Add producer</source>
        <translation>Añadir productor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="34"/>
        <source>all: every in-sync replica has it (Kafka&apos;s default)</source>
        <translation>all: todas las réplicas sincronizadas lo tienen (valor por defecto de Kafka)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="35"/>
        <source>1: the leader has it</source>
        <translation>1: el líder lo tiene</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="36"/>
        <source>0: do not wait for an answer</source>
        <translation>0: no esperar respuesta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="41"/>
        <source>How long the producer waits for more records before it sends a batch that is not full</source>
        <translation>Cuánto espera el productor a más registros antes de enviar un lote que no está lleno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="43"/>
        <source>sticky: fill a batch for one partition, then another (Kafka&apos;s default)</source>
        <translation>sticky: llena un lote para una partición y luego otra (valor por defecto de Kafka)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="44"/>
        <source>round-robin: each record to the next partition</source>
        <translation>round-robin: cada registro a la siguiente partición</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="45"/>
        <source>For records without a key; a key always picks its partition by hash</source>
        <translation>Para registros sin clave; una clave siempre elige su partición por hash</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="46"/>
        <source>&amp;Name (client.id)</source>
        <translation>&amp;Nombre (client.id)</translation>
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
        <translation>&amp;Particionador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerPanel</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="68"/>
        <source>The producer that sends the record: each has its own batches, partitioner and counts</source>
        <translation>El productor que envía el registro: cada uno tiene sus propios lotes, particionador y contadores</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="74"/>
        <source>chosen by the partitioner</source>
        <translation>elegida por el particionador</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="78"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="79"/>
        <source>Send the record without a key: the sticky (or round-robin) partitioner picks its partition</source>
        <translation>Enviar el registro sin clave: el particionador sticky (o round-robin) elige su partición</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="86"/>
        <source>Plain text</source>
        <translation>Texto plano</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="87"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="88"/>
        <source>Pretty-print</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="89"/>
        <source>Check the JSON value and indent it (Ctrl+Alt+J)</source>
        <translation>Comprobar el valor JSON e indentarlo (Ctrl+Alt+J)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="95"/>
        <source>the record&apos;s value; JSON is sent compact, on one line</source>
        <translation>el valor del registro; el JSON se envía compacto, en una línea</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header key</source>
        <translation>Clave de cabecera</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header value</source>
        <translation>Valor de cabecera</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="105"/>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="106"/>
        <source>Remove header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="120"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="122"/>
        <source>Produce the record (Ctrl+Alt+Return)</source>
        <translation>Producir el registro (Ctrl+Alt+Return)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="128"/>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="132"/>
        <source>Producer</source>
        <translation>Productor</translation>
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
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="135"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="136"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="140"/>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="146"/>
        <source>The background producer: records at a steady rate, keyed by a pattern</source>
        <translation>El productor en segundo plano: registros a un ritmo constante, con claves según un patrón</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="148"/>
        <source>Produce continuously</source>
        <translation>Producir continuamente</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="155"/>
        <source> records/s</source>
        <translation> registros/s</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="158"/>
        <source>No key: partitions in turn</source>
        <translation>Sin clave: particiones por turnos</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="159"/>
        <source>Fixed key</source>
        <translation>Clave fija</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="160"/>
        <source>Sequential keys</source>
        <translation>Claves secuenciales</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="161"/>
        <source>Random from k keys</source>
        <translation>Aleatoria entre k claves</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="162"/>
        <source>Skewed: one hot key</source>
        <translation>Sesgada: una clave caliente</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="165"/>
        <source>Fixed: the key itself. Otherwise keys are this prefix and a number</source>
        <translation>Fija: la propia clave. Si no, las claves son este prefijo y un número</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="178"/>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="179"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="180"/>
        <source>Key (prefix)</source>
        <translation>Clave (prefijo)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="181"/>
        <source>k keys</source>
        <translation>k claves</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="182"/>
        <source>Hot key share</source>
        <translation>Cuota de la clave caliente</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="192"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="193"/>
        <source>Rate generator</source>
        <translation>Generador de ritmo</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="242"/>
        <source>Topic: choose a topic.</source>
        <translation>Topic: elija un topic.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="248"/>
        <source>Topic: the cluster has no topic &apos;%1&apos; (it has: %2).</source>
        <translation>Topic: el clúster no tiene el topic &apos;%1&apos; (tiene: %2).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="257"/>
        <source>Partition: &apos;%1&apos; is not a partition number (leave it empty to let the partitioner choose).</source>
        <translation>Partición: &apos;%1&apos; no es un número de partición (déjelo vacío para que elija el particionador).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="261"/>
        <source>Partition: %1 has partitions 0 to %2; there is no partition %3.</source>
        <translation>Partición: %1 tiene las particiones 0 a %2; no existe la partición %3.</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="272"/>
        <location filename="../ui/records/producer_panel.cpp" line="320"/>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="286"/>
        <source>Header %1: a header needs a key (its value is &apos;%2&apos;).</source>
        <translation>Cabecera %1: una cabecera necesita una clave (su valor es &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="312"/>
        <source>Sent; waiting for the answer…</source>
        <translation>Enviado; esperando la respuesta…</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="313"/>
        <source>Sent; the answer comes once simulated time runs (the clock is paused).</source>
        <translation>Enviado; la respuesta llega cuando corre el tiempo simulado (el reloj está en pausa).</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="364"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="366"/>
        <source>Failed with %1 (partition %2, chosen by the %3)</source>
        <translation>Falló con %1 (partición %2, elegida por el %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="371"/>
        <source>Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)</source>
        <translation>Enviado a %1 con acks=0: el productor nunca conoce el offset (partición elegida por el %2)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="374"/>
        <source>Written to %1 at offset %2 (partition chosen by the %3)</source>
        <translation>Escrito en %1 en el offset %2 (partición elegida por el %3)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="452"/>
        <source>Key (prefix): %1</source>
        <translation>Clave (prefijo): %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordDocks</name>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="17"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="27"/>
        <source>Message browser</source>
        <translation>Explorador de mensajes</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="49"/>
        <source>&amp;Producer panel</source>
        <translation>Panel del &amp;productor</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="53"/>
        <source>&amp;Message browser</source>
        <translation>&amp;Explorador de mensajes</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="62"/>
        <source>&amp;Send record</source>
        <translation>&amp;Enviar registro</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="66"/>
        <source>Pretty-print &amp;JSON value</source>
        <translation>Formatear el valor &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="70"/>
        <source>Show the &amp;last produced record</source>
        <translation>Mostrar el ú&amp;ltimo registro producido</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="72"/>
        <source>&amp;Read partition</source>
        <translation>&amp;Leer partición</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="76"/>
        <source>&amp;Replay selected records</source>
        <translation>&amp;Reenviar registros seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="78"/>
        <source>&amp;Export records…</source>
        <translation>E&amp;xportar registros…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="80"/>
        <source>&amp;Import JSON lines…</source>
        <translation>&amp;Importar JSON lines…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="83"/>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="90"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordTableModel</name>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="72"/>
        <source>Below the high watermark: every in-sync replica has it; consumers can read it</source>
        <translation>Por debajo del high watermark: todas las réplicas sincronizadas lo tienen; los consumidores pueden leerlo</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="73"/>
        <source>At or above the high watermark: not yet on every in-sync replica; consumers cannot read it yet</source>
        <translation>En el high watermark o por encima: aún no está en todas las réplicas sincronizadas; los consumidores aún no pueden leerlo</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="96"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="97"/>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="98"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="99"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="100"/>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="101"/>
        <source>Size (B)</source>
        <translation>Tamaño (B)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="102"/>
        <source>On replicas</source>
        <translation>En réplicas</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="103"/>
        <source>Committed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="104"/>
        <source>Groups past it</source>
        <translation>Grupos que lo pasaron</translation>
    </message>
</context>
<context>
    <name>ks::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="36"/>
        <source>  or  </source>
        <translation>  o  </translation>
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
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="36"/>
        <source>under-replicated: %1</source>
        <translation>subreplicadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="38"/>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="40"/>
        <source>no active controller</source>
        <translation>sin controlador activo</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="41"/>
        <source>controller: broker %1</source>
        <translation>controlador: broker %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="42"/>
        <source>active controller: %1</source>
        <translation>controlador activo: %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>fast-forward</source>
        <translation>avance rápido</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>playing %1</source>
        <translation>en marcha a %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="45"/>
        <source> (cannot keep up)</source>
        <translation> (no da abasto)</translation>
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
        <translation>Guardar las filas que muestra la tabla %1, filtradas y ordenadas, como archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <location filename="../ui/session/table_export.cpp" line="46"/>
        <source>Export %1 as CSV</source>
        <translation>Exportar %1 como CSV</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/table_export.cpp" line="49"/>
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>%n fila de %1 guardada en %2</numerusform>
            <numerusform>%n filas de %1 guardadas en %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::TablePanel</name>
    <message>
        <location filename="../ui/panels/table_panel.cpp" line="19"/>
        <source>Filter rows (any column)…</source>
        <translation>Filtrar filas (cualquier columna)…</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineBar</name>
    <message>
        <location filename="../ui/timeline/timeline_bar.cpp" line="29"/>
        <source>Simulated time: drag or click to go back; the coloured ticks are bookmarks</source>
        <translation>Tiempo simulado: arrastre o haga clic para volver atrás; las marcas de color son marcadores</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineDock</name>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="22"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="31"/>
        <source>Continue from here</source>
        <translation>Continuar desde aquí</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="33"/>
        <source>Fork: drop the commands after this moment and play on from here</source>
        <translation>Bifurcar: descartar los comandos posteriores a este momento y seguir desde aquí</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="34"/>
        <source>Back to present</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Go &amp;back 10 s</source>
        <translation>Re&amp;troceder 10 s</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Replay the run up to 10 simulated seconds earlier</source>
        <translation>Reproducir la ejecución hasta 10 segundos simulados antes</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="42"/>
        <source>Back to the &amp;present</source>
        <translation>Volver al &amp;presente</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="43"/>
        <source>Leave the past and show the run where it was, with all its commands</source>
        <translation>Salir del pasado y mostrar la ejecución donde estaba, con todos sus comandos</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="44"/>
        <source>&amp;Continue from here (fork)</source>
        <translation>&amp;Continuar desde aquí (bifurcar)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="45"/>
        <source>Drop the commands after the moment shown and play on from it</source>
        <translation>Descartar los comandos posteriores al momento mostrado y seguir desde él</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="46"/>
        <source>P&amp;revious bookmark</source>
        <translation>Ma&amp;rcador anterior</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="47"/>
        <source>Go back to the notable event before the moment shown</source>
        <translation>Volver al suceso destacado anterior al momento mostrado</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="48"/>
        <source>&amp;Next bookmark</source>
        <translation>Marcador &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="49"/>
        <source>Go to the notable event after the moment shown</source>
        <translation>Ir al suceso destacado posterior al momento mostrado</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="120"/>
        <source>Going back to %1</source>
        <translation>Volviendo a %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>Se canceló la vuelta atrás; nada cambió.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="124"/>
        <source>Cannot go back: %1</source>
        <translation>No se puede volver atrás: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="136"/>
        <source>replayed from the checkpoint at %1</source>
        <translation>reproducida desde el punto de control en %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="137"/>
        <source>replayed from the start</source>
        <translation>reproducida desde el principio</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="138"/>
        <source>Showing the run at %1 (%2). Continue from here to fork, or go back to the present.</source>
        <translation>Mostrando la ejecución en %1 (%2). Continúe desde aquí para bifurcar, o vuelva al presente.</translation>
    </message>
    <message>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation type="vanished">Mostrando la ejecución en %1 (reproducida desde el principio). Continúe desde aquí para bifurcar, o vuelva al presente.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="151"/>
        <source>Back at the present: %1.</source>
        <translation>De vuelta en el presente: %1.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="166"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>Historia bifurcada en %1: se descartaron los %2 comandos posteriores; lo que haga ahora es la nueva historia.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;En el pasado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>En vivo · %1 marcador(es)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="193"/>
        <source>Showing %1 of %2. Playing, stepping or any command forks the history here; Back to present keeps everything.</source>
        <translation>Mostrando %1 de %2. Reproducir, avanzar un paso o cualquier comando bifurca la historia aquí; «Volver al presente» lo conserva todo.</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="21"/>
        <source>Give the topic a name.</source>
        <translation>Dé un nombre al topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="22"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Un topic no puede llamarse &quot;.&quot; ni &quot;..&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>A topic name has at most %1 characters.</source>
        <translation>Un nombre de topic tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>Topic %1 already exists.</source>
        <translation>El topic %1 ya existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="31"/>
        <source>Create topic</source>
        <translation>Crear topic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="35"/>
        <source>e.g. payments</source>
        <translation>p. ej. payments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="45"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation>permitir que una réplica desincronizada se convierta en líder (puede perder registros)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="46"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>&amp;Partitions</source>
        <translation>&amp;Particiones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Replication factor</source>
        <translation>Factor de &amp;replicación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;min.insync.replicas</source>
        <translation>&amp;min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Unclean leader election</source>
        <translation>Elección &amp;de líder no limpia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="66"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation>El factor de replicación no puede ser mayor que el número de brokers (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="68"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation>min.insync.replicas no puede ser mayor que el factor de replicación.</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>TOPIC-P, as Kafka writes it</source>
        <translation>TOPIC-P, tal como lo escribe Kafka</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>The broker that takes writes and serves reads</source>
        <translation>El broker que acepta escrituras y sirve lecturas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>The brokers that keep a copy, the preferred leader first</source>
        <translation>Los brokers que guardan una copia, primero el líder preferido</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>In-sync replicas: caught up within replica.lag.time.max.ms</source>
        <translation>Réplicas sincronizadas: al día dentro de replica.lag.time.max.ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Leader epoch</source>
        <translation>Época del líder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Grows with every new leader; fences the old one</source>
        <translation>Crece con cada nuevo líder; aísla (fencing) al anterior</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>Log start</source>
        <translation>Inicio del log</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>The first offset still on disk (retention moves it)</source>
        <translation>El primer offset aún en disco (la retención lo mueve)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>Log end offset: the offset the next record gets</source>
        <translation>Log end offset: el offset que recibe el siguiente registro</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>High watermark: records below it are on every ISR member; consumers read up to it</source>
        <translation>High watermark: los registros por debajo están en todos los miembros del ISR; los consumidores leen hasta él</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>The leader&apos;s log on disk</source>
        <translation>El log del líder en disco</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Under-replicated: ISR smaller than the replicas; offline: no leader</source>
        <translation>Subreplicada: ISR menor que las réplicas; offline: sin líder</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>under-replicated</source>
        <translation>subreplicada</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="61"/>
        <source>, reassigning</source>
        <translation>, reasignando</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopologyScene</name>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="60"/>
        <source>latency %1, jitter %2, loss %3%</source>
        <translation>latencia %1, jitter %2, pérdida %3%</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="64"/>
        <source>slow %1</source>
        <translation>lento %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="65"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 ⇹ %2: %3</source>
        <translation>&lt;b&gt;Enlace lento&lt;/b&gt; %1 ⇹ %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="66"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 → %2: %3 (the other way as the network)</source>
        <translation>&lt;b&gt;Enlace lento&lt;/b&gt; %1 → %2: %3 (el otro sentido como la red)</translation>
    </message>
</context>
<context>
    <name>ks::ui::WorkspaceActions</name>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="21"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="22"/>
        <source>Open a .kscope workspace: its run is replayed to exactly where it was saved</source>
        <translation>Abrir un espacio de trabajo .kscope: su ejecución se reproduce exactamente hasta donde se guardó</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="23"/>
        <source>&amp;Save workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="24"/>
        <source>Save the seed, every command with its time, the window layout and lesson progress</source>
        <translation>Guardar la semilla, cada comando con su tiempo, la disposición de la ventana y el progreso de las lecciones</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save the workspace under a new name</source>
        <translation>Guardar el espacio de trabajo con otro nombre</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>Export view as P&amp;NG…</source>
        <translation>Exportar la vista como P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>The whole topology view as a PNG picture</source>
        <translation>Toda la vista de topología como imagen PNG</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>Export view as S&amp;VG…</source>
        <translation>Exportar la vista como S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>The whole topology view as an SVG drawing</source>
        <translation>Toda la vista de topología como dibujo SVG</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="28"/>
        <source>Compare &amp;KRaft and ZooKeeper…</source>
        <translation>Comparar &amp;KRaft y ZooKeeper…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="29"/>
        <source>Run this session once in each mode and compare how fast each recovered from its faults</source>
        <translation>Ejecutar esta sesión una vez en cada modo y comparar lo rápido que cada uno se recuperó de sus fallos</translation>
    </message>
</context>
</TS>
