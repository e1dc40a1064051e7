<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="210"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="33"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="141"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="189"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="194"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="208"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="209"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="41"/>
        <source>OFFLINE partition</source>
        <translation>partición OFFLINE</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="42"/>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>leader</source>
        <translation>líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, in sync</source>
        <translation>seguidor, sincronizado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, OUT OF SYNC</source>
        <translation>seguidor, DESINCRONIZADO</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="50"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="166"/>
        <source>Log end offset (LEO)</source>
        <translation>Offset final del log (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="165"/>
        <source>High watermark (HW)</source>
        <translation>High watermark (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>Lag behind the leader</source>
        <translation>Lag respecto al líder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n offset</numerusform>
            <numerusform>%n offsets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <source>In the ISR</source>
        <translation>En el ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Broker running</source>
        <translation>Broker en marcha</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="167"/>
        <source>Log start offset</source>
        <translation>Offset inicial del log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 bytes en %n segmento</numerusform>
            <numerusform>%1 bytes en %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <source>Latest leader epoch in its log</source>
        <translation>Última época de líder en su log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="62"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="63"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>Haga clic en un broker, controlador, réplica, productor, grupo o consumidor para ver todos sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="70"/>
        <source>%1 internal</source>
        <translation>%1 internos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="71"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Simulated time</source>
        <translation>Tiempo simulado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <source>Active controller</source>
        <translation>Controlador activo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="78"/>
        <source>Brokers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>ZooKeeper nodes</source>
        <translation>Nodos ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>Controllers</source>
        <translation>Controladores</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="82"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="168"/>
        <source>Under-replicated</source>
        <translation>Subreplicadas</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="169"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <source>Committed metadata records</source>
        <translation>Registros de metadatos confirmados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <source>Engine events processed</source>
        <translation>Eventos del motor procesados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Consumers</source>
        <translation>Consumidores</translation>
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
            <numerusform>%1 · lidera %2 de su %n réplica</numerusform>
            <numerusform>%1 · lidera %2 de sus %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="100"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="101"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="134"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="102"/>
        <source>Leader replicas</source>
        <translation>Réplicas líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="103"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="163"/>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Bytes on disk</source>
        <translation>Bytes en disco</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="145"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="299"/>
        <source>Isolated</source>
        <translation>Aislado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="300"/>
        <source>Links cut</source>
        <translation>Enlaces cortados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <source>The controller</source>
        <translation>El controlador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <source>Replicas on this broker</source>
        <translation>Réplicas en este broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="113"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · lag %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>ZooKeeper node %1</source>
        <translation>Nodo ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>Controller %1</source>
        <translation>Controlador %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="126"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>%1 del ensemble de ZooKeeper en la época %2; el controlador es el broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="131"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>El controlador activo: el líder del quórum en el término %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="132"/>
        <source>%1 in term %2</source>
        <translation>%1 en el término %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>ZooKeeper node</source>
        <translation>Nodo ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="135"/>
        <source>Quorum role</source>
        <translation>Rol en el quórum</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="136"/>
        <source>Term (epoch)</source>
        <translation>Término (época)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>Committed up to (HW)</source>
        <translation>Confirmado hasta (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="138"/>
        <source>Log end offset</source>
        <translation>Offset final del log</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="140"/>
        <source>Latest snapshot</source>
        <translation>Última instantánea</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="142"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2 (offset final-época)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="156"/>
        <source>Partition %1</source>
        <translation>Partición %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>OFFLINE: ninguna réplica puede liderarla</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="158"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>broker líder %1 (época %2), ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="159"/>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <source>Leader epoch</source>
        <translation>Época del líder</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Partition epoch</source>
        <translation>Época de la partición</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="164"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Reassignment: adding</source>
        <translation>Reasignación: añadiendo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>Reassignment: removing</source>
        <translation>Reasignación: quitando</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>Topic %1 configs</source>
        <translation>Configuración del topic %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Réplica en el broker %1 (seleccionada)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Replica on broker %1</source>
        <translation>Réplica en el broker %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="201"/>
        <source>Consumer %1</source>
        <translation>Consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="202"/>
        <source>%1, on its own</source>
        <translation>%1, por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="203"/>
        <source>%1 in group %2, %3</source>
        <translation>%1 en el grupo %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="205"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="206"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="293"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="207"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="208"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="209"/>
        <source>Member id</source>
        <translation>ID de miembro</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="210"/>
        <source>Static member (group.instance.id)</source>
        <translation>Miembro estático (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="211"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="212"/>
        <source>Member state</source>
        <translation>Estado del miembro</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="213"/>
        <source>Application state</source>
        <translation>Estado de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="214"/>
        <source>Assignors</source>
        <translation>Asignadores</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="215"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="248"/>
        <source>Rebalance protocol</source>
        <translation>Protocolo de rebalanceo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="245"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>Records polled</source>
        <translation>Registros obtenidos (poll)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="251"/>
        <source>Records processed</source>
        <translation>Registros procesados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="219"/>
        <source>Commits (failed)</source>
        <translation>Commits (fallidos)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Rebalances</source>
        <translation>Rebalanceos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Owns %1</source>
        <translation>Posee %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>Position (next offset)</source>
        <translation>Posición (siguiente offset)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <source>Committed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>High watermark seen</source>
        <translation>High watermark visto</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="249"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Reads from broker</source>
        <translation>Lee del broker</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>Owns</source>
        <translation>Posee</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Consumer group %1</source>
        <translation>Grupo de consumidores %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1, generación %2, %n miembro, lag %3</numerusform>
            <numerusform>%1, generación %2, %n miembros, lag %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="246"/>
        <source>Offsets stored in</source>
        <translation>Offsets guardados en</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="247"/>
        <source>Assignor</source>
        <translation>Asignador</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="247"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>Oldest unread record</source>
        <translation>Registro no leído más antiguo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>Processed twice (duplicates)</source>
        <translation>Procesados dos veces (duplicados)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="253"/>
        <source>Never processed (skipped)</source>
        <translation>Nunca procesados (omitidos)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="254"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="256"/>
        <source>%1 (leader)</source>
        <translation>%1 (líder)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>idle: no partitions</source>
        <translation>inactivo: sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · posición %2 · confirmado %3 · final %4 · lag %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>no owner</source>
        <translation>sin propietario</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="270"/>
        <source>Last rebalance</source>
        <translation>Último rebalanceo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="272"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="274"/>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="276"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>revocadas %1 · perdidas %2 · asignadas %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>Producer client on node %1</source>
        <translation>Cliente productor en el nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="292"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="294"/>
        <source>Records sent</source>
        <translation>Registros enviados</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="295"/>
        <source>Acknowledged</source>
        <translation>Confirmados (ack)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="296"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="297"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="298"/>
        <source>Batch retries</source>
        <translation>Reintentos de lotes</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="302"/>
        <source>Background producer</source>
        <translation>Productor en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="303"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="304"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Records per send</source>
        <translation>Registros por envío</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
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
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="31"/>
        <source>Replaying</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="52"/>
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
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="78"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;lidera %5 de las %6 réplica(s) mostradas · %7 bytes en disco</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>, isolated from every other node</source>
        <translation>, aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="81"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>, el controlador del clúster (elegido mediante ZooKeeper)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="85"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;también tiene %n réplica de topics internos (__consumer_offsets), no dibujada</numerusform>
            <numerusform>&lt;br&gt;también tiene %n réplicas de topics internos (__consumer_offsets), no dibujadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="123"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="125"/>
        <source> · ISOLATED</source>
        <translation> · AISLADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="129"/>
        <source>leads %1 of %2%3</source>
        <translation>lidera %1 de %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="132"/>
        <source> · %1 internal</source>
        <translation> · %1 internas</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source>no replicas</source>
        <translation>sin réplicas</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (consumidor, nodo %2)%3&lt;br&gt;proceso %4 · miembro %5 · %6&lt;br&gt;posee %7&lt;br&gt;lag %8 · procesados %9 · commits %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source>, no group</source>
        <translation>, sin grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> in group %1, generation %2%3</source>
        <translation> en el grupo %1, generación %2%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> (group leader)</source>
        <translation> (líder del grupo)</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="50"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="80"/>
        <source>closed: left the group</source>
        <translation>cerrado: salió del grupo</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <location filename="../ui/topology/controller_item.cpp" line="65"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="84"/>
        <source>idle: no partitions</source>
        <translation>inactivo: sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>%1 · lag %2</source>
        <translation>%1 · lag %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="25"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3, %4 del quórum en la época %5%6&lt;br&gt;sabe que su log está confirmado hasta el offset %7 · contiene %8 entradas%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>ZooKeeper node</source>
        <translation>Nodo ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="31"/>
        <source>, the ACTIVE controller</source>
        <translation>, el controlador ACTIVO</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="34"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="68"/>
        <source>active leader</source>
        <translation>líder activo</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="71"/>
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
        <location filename="../ui/topology/link_item.cpp" line="93"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation>&lt;br&gt;%1 registros por segundo simulado (suavizado)</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (productor, nodo %2)%3&lt;br&gt;registros enviados %4 · confirmados %5 · fallidos %6 · pendientes %7&lt;br&gt;reintentos de lotes %8&lt;br&gt;productor en segundo plano: %9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation> — aislado de todos los demás nodos</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>ISOLATED</source>
        <translation>AISLADO</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>producer</source>
        <translation>productor</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
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
        <location filename="../ui/topology/scene_helpers.cpp" line="14"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="30"/>
        <source>background producer off</source>
        <translation>productor en segundo plano apagado</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="33"/>
        <source>waiting for topic %1</source>
        <translation>esperando el topic %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
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
        <location filename="../ui/topology/topology_scene_links.cpp" line="35"/>
        <source>&lt;b&gt;Link cut&lt;/b&gt;: %1 and %2 cannot reach each other</source>
        <translation>&lt;b&gt;Enlace cortado&lt;/b&gt;: %1 y %2 no pueden comunicarse</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="36"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation>&lt;b&gt;Enlace cortado en un sentido&lt;/b&gt;: %1 no puede llegar a %2 (%2 aún puede llegar a %1)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="76"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; escribe en &lt;b&gt;%2&lt;/b&gt; a través de su líder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; escribe en la %n partición que lidera el &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; escribe en las %n particiones que lidera el &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lee &lt;b&gt;%2&lt;/b&gt; del broker %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="154"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; lee %n partición del &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; lee %n particiones del &lt;b&gt;broker %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExportText</name>
    <message>
        <location filename="../ui/session/view_export.cpp" line="53"/>
        <source>The picture would be too large (%1 × %2 pixels).</source>
        <translation>La imagen sería demasiado grande (%1 × %2 píxeles).</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="63"/>
        <location filename="../ui/session/view_export.cpp" line="70"/>
        <location filename="../ui/session/view_export.cpp" line="83"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="76"/>
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
    <name>ks::ui::Classroom</name>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="67"/>
        <source>&amp;Choose a lesson…</source>
        <translation>&amp;Elegir una lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="68"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>Iniciar una de las lecciones incluidas en un clúster nuevo</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="69"/>
        <source>&amp;Open a lesson file…</source>
        <translation>&amp;Abrir un archivo de lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="70"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>Iniciar una lección escrita por usted (vea docs/lessons.md)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="71"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="72"/>
        <source>&amp;Previous step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="73"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>Mostrar de nuevo el paso anterior (lo ejecutado sigue hecho)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>Answer &amp;%1</source>
        <translation>Respuesta &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>&amp;Stop the lesson</source>
        <translation>&amp;Detener la lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="82"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>Salir de la lección; el clúster queda como está</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="83"/>
        <source>P&amp;resenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="84"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>Tema de proyector, texto grande, solo la vista y la lección; cada paso con el teclado</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="87"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="88"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="89"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Proyector (alto contraste)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="107"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="123"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="125"/>
        <source>View → Theme</source>
        <translation>Ver → Tema</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="148"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="150"/>
        <source>Choose a lesson</source>
        <translation>Elegir una lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="150"/>
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="157"/>
        <source>Open a lesson file</source>
        <translation>Abrir un archivo de lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="157"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lecciones (*.lesson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="161"/>
        <source>The lesson cannot be opened</source>
        <translation>No se puede abrir la lección</translation>
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
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation>Dé un nombre al consumidor (su client.id).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="19"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un consumidor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="20"/>
        <source>There is a consumer %1 already.</source>
        <translation>Ya existe un consumidor %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="26"/>
        <source>Add consumer</source>
        <translation>Añadir consumidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="39"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation>Los consumidores del mismo grupo se reparten las particiones; déjelo vacío para un consumidor por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>the newest records (latest)</source>
        <translation>los registros más nuevos (latest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>the oldest records (earliest)</source>
        <translation>los registros más antiguos (earliest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Name (client.id)</source>
        <translation>&amp;Nombre (client.id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="48"/>
        <source>&amp;Assignor</source>
        <translation>&amp;Asignador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation>&amp;Empezar desde, sin offset confirmado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="67"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation>Cree primero un topic: un consumidor lee un topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="69"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un grupo.</translation>
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
        <location filename="../ui/events/event_log_model.cpp" line="90"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation>(%1 eventos no se mostraron: la ventana se quedó atrás)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="93"/>
        <source>✗ %1 — rejected: %2</source>
        <translation>✗ %1 — rechazado: %2</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="94"/>
        <source>  (hover to see what it printed)</source>
        <translation>  (pase el ratón por encima para ver lo que imprimió)</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="119"/>
        <source> · about %1</source>
        <translation> · sobre %1</translation>
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
    <name>ks::ui::LessonDock</name>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="34"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="88"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>Respuesta %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="107"/>
        <source>No lesson running</source>
        <translation>Ninguna lección en curso</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="109"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija una en el menú Lecciones (Ctrl+L). Cada lección construye su propio clúster, explica, le pide que prediga lo que ocurrirá, lo ejecuta y señala la respuesta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="114"/>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="116"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>Construyendo el clúster de la lección…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="121"/>
        <source>The lesson cannot start: %1</source>
        <translation>La lección no puede empezar: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Your turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="132"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="147"/>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="149"/>
        <source>✗ Not quite.</source>
        <translation>✗ No exactamente.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="150"/>
        <source>The answer is %1) %2.</source>
        <translation>La respuesta es %1) %2.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="162"/>
        <source>found %1</source>
        <translation>se encontró %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="168"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="169"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>Esperando su acción: hágalo en la vista o con los menús; la lección continuará sola.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="170"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>¿Qué cree? Elija una respuesta (Ctrl+Alt+1…).</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>✓ Done.</source>
        <translation>✓ Hecho.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>The end of the lesson.</source>
        <translation>Fin de la lección.</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="177"/>
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
        <location filename="../ui/dialogs/link_dialog.cpp" line="15"/>
        <source>Cut or heal a link</source>
        <translation>Cortar o reparar un enlace</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="27"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="28"/>
        <source>&amp;To</source>
        <translation>&amp;Hacia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="30"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation>&amp;Cortar en ambos sentidos (ninguno llega al otro)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation>Cortar en &amp;un sentido (Desde no llega a Hacia)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;Heal the link</source>
        <translation>&amp;Reparar el enlace</translation>
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
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut link and isolation</source>
        <translation>Reparar todos los enlaces cortados y aislamientos</translation>
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
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>&amp;Add broker</source>
        <translation>&amp;Añadir broker</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation>Iniciar un broker más; se une sin particiones</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="64"/>
        <source>&amp;Decommission broker</source>
        <translation>&amp;Retirar broker</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="65"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation>Mover todas las réplicas fuera del broker seleccionado, para poder detenerlo sin perder ninguna</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>&amp;Create topic…</source>
        <translation>&amp;Crear topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>&amp;Delete topic…</source>
        <translation>&amp;Eliminar topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="68"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Elegir &amp;líder preferido</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="69"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>Devolver el liderazgo de la partición seleccionada a su primera réplica</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Add &amp;consumer…</source>
        <translation>Añadir c&amp;onsumidor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>Iniciar un consumidor, en un grupo de consumidores o por su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Re&amp;move consumer</source>
        <translation>&amp;Quitar consumidor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>El consumidor seleccionado abandona su grupo (un cierre limpio) y desaparece</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>&amp;Type a command</source>
        <translation>Escri&amp;bir un comando</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>Cualquier comando de escenario, p. ej. broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>&amp;Acercar (texto más grande)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>A&amp;lejar (texto más pequeño)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Large text for a projector</source>
        <translation>Texto grande para un proyector</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>F&amp;ull screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>Encajar el clúster en la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>Borrar selección y &amp;resaltado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>+1 ms</source>
        <translation>+1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Kill</source>
        <translation>Matar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Isolate</source>
        <translation>Aislar</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Cut link</source>
        <translation>Cortar enlace</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Heal all</source>
        <translation>Reparar todo</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Topic…</source>
        <translation>Topic…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Consumer…</source>
        <translation>Consumidor…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Choose the language of the window</source>
        <translation>Elegir el idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>&amp;About Kafkascope</source>
        <translation>&amp;Acerca de Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="45"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — un clúster de Kafka que puede observar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>Segundos simulados por segundo real ([ más lento, ] más rápido)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>F&amp;aults</source>
        <translation>&amp;Fallos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Event log &amp;filters</source>
        <translation>&amp;Filtros del registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>View → Event log filters</source>
        <translation>Ver → Filtros del registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Timeline</source>
        <translation>Línea de &amp;tiempo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Se&amp;ttings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>The cluster could not start: %1</source>
        <translation>No se pudo iniciar el clúster: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&amp;Pause the clock</source>
        <translation>&amp;Pausar el reloj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>The cluster is being built.</source>
        <translation>Se está construyendo el clúster.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="36"/>
        <source>&amp;Kill</source>
        <translation>&amp;Matar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Kill %1</source>
        <translation>&amp;Matar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Restart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Restart %1</source>
        <translation>&amp;Reiniciar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>&amp;Pausar (congelación tipo GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>&amp;Pausar %1 (congelación tipo GC)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>Res&amp;ume %1</source>
        <translation>Rean&amp;udar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="51"/>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="78"/>
        <location filename="../ui/main_window_commands.cpp" line="130"/>
        <source>broker %1</source>
        <translation>broker %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="80"/>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>controller %1</source>
        <translation>controlador %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="84"/>
        <source>consumer %1</source>
        <translation>consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone</source>
        <translation>&amp;Aislar de todos</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>&amp;Aislar %1 de todos</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission %1</source>
        <translation>&amp;Retirar %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission broker</source>
        <translation>&amp;Retirar broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer %1</source>
        <translation>&amp;Quitar consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer</source>
        <translation>&amp;Quitar consumidor</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="115"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>Elegir &amp;líder preferido de %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="116"/>
        <source>&amp;Elect preferred leader</source>
        <translation>Elegir &amp;líder preferido</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete topic</source>
        <translation>Eliminar topic</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>¿Qué topic eliminar? Sus registros se perderán para siempre.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="195"/>
        <source>Save session as scenario</source>
        <translation>Guardar sesión como escenario</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="196"/>
        <source>Scenarios (*.scenario)</source>
        <translation>Escenarios (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="203"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>Guardado %1 — reprodúzcalo con: kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <source>Pictures (*.png)</source>
        <translation>Imágenes (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="224"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>Productor en segundo plano: %1 registro(s) cada 100 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="240"/>
        <source>About Kafkascope</source>
        <translation>Acerca de Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;Un pequeño clúster de Kafka simulado dentro de esta ventana: brokers con particiones replicadas, un quórum de controladores KRaft y un productor, con un reloj y una red simulados. La misma semilla y los mismos comandos siempre dan la misma ejecución (semilla %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aún no simulado:&lt;/b&gt; más de un productor, eliminar un broker definitivamente (retirarlo mueve sus réplicas a otros brokers; sigue en la lista), ralentizar un solo enlace o un solo seguidor, llenar un disco.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="255"/>
        <source>Consumer %1</source>
        <translation>Consumidor %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="267"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Partition %1</source>
        <translation>Partición %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="289"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>Cortar el enlace %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="290"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>Cortar en un sentido: %1 no puede llegar a %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation>Reparar el enlace %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="31"/>
        <source>Kafkascope workspaces (*.kscope)</source>
        <translation>Espacios de trabajo de Kafkascope (*.kscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="80"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="82"/>
        <source>Cannot open %1: its setup commands failed: %2</source>
        <translation>No se puede abrir %1: sus comandos de preparación fallaron: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="105"/>
        <location filename="../ui/main_window_workspace.cpp" line="112"/>
        <source>Save workspace</source>
        <translation>Guardar el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="115"/>
        <source>Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1</source>
        <translation>Guardado %1 — ábralo de nuevo o reprodúzcalo con: kafkascope-cli workspace replay %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="119"/>
        <location filename="../ui/main_window_workspace.cpp" line="129"/>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="120"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="127"/>
        <source>Opened %1 at %2 simulated; press Space to play on.</source>
        <translation>%1 abierto en %2 simulados; pulse Espacio para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="131"/>
        <source>Opening %1 was cancelled; the session is as it was.</source>
        <translation>Se canceló la apertura de %1; la sesión sigue igual.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Export view as SVG</source>
        <translation>Exportar la vista como SVG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Export view as PNG</source>
        <translation>Exportar la vista como PNG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="138"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="138"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="141"/>
        <source>Export view</source>
        <translation>Exportar la vista</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="142"/>
        <source>Exported the view to %1</source>
        <translation>Vista exportada a %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="151"/>
        <source>%1 — Kafkascope</source>
        <translation>%1 — Kafkascope</translation>
    </message>
</context>
<context>
    <name>ks::ui::NetworkDialog</name>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="30"/>
        <source>Network conditions</source>
        <translation>Condiciones de red</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="32"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation>Se aplican a todos los enlaces entre nodos. Kafkascope empieza con 1 ms de latencia, 0,2 ms de jitter y sin pérdida.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="43"/>
        <source>&amp;Latency (one way)</source>
        <translation>&amp;Latencia (en un sentido)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="44"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>&amp;Jitter (adicional, aleatorio)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="45"/>
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
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="48"/>
        <source>Start</source>
        <translation>Iniciar</translation>
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
        <location filename="../ui/timeline/timeline_dock.cpp" line="119"/>
        <source>Going back to %1</source>
        <translation>Volviendo a %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="122"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>Se canceló la vuelta atrás; nada cambió.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Cannot go back: %1</source>
        <translation>No se puede volver atrás: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="134"/>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation>Mostrando la ejecución en %1 (reproducida desde el principio). Continúe desde aquí para bifurcar, o vuelva al presente.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="147"/>
        <source>Back at the present: %1.</source>
        <translation>De vuelta en el presente: %1.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="162"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>Historia bifurcada en %1: se descartaron los %2 comandos posteriores; lo que haga ahora es la nueva historia.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;En el pasado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>En vivo · %1 marcador(es)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="189"/>
        <source>Showing %1 of %2. Playing, stepping or any command forks the history here; Back to present keeps everything.</source>
        <translation>Mostrando %1 de %2. Reproducir, avanzar un paso o cualquier comando bifurca la historia aquí; «Volver al presente» lo conserva todo.</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>Give the topic a name.</source>
        <translation>Dé un nombre al topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Un topic no puede llamarse &quot;.&quot; ni &quot;..&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>A topic name has at most %1 characters.</source>
        <translation>Un nombre de topic tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="26"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation>Use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; en el nombre de un topic.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="27"/>
        <source>Topic %1 already exists.</source>
        <translation>El topic %1 ya existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="33"/>
        <source>Create topic</source>
        <translation>Crear topic</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="37"/>
        <source>e.g. payments</source>
        <translation>p. ej. payments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation>permitir que una réplica desincronizada se convierta en líder (puede perder registros)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;Partitions</source>
        <translation>&amp;Particiones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Replication factor</source>
        <translation>Factor de &amp;replicación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="51"/>
        <source>&amp;min.insync.replicas</source>
        <translation>&amp;min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>&amp;Unclean leader election</source>
        <translation>Elección &amp;de líder no limpia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="59"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="76"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation>El factor de replicación no puede ser mayor que el número de brokers (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="78"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation>min.insync.replicas no puede ser mayor que el factor de replicación.</translation>
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
