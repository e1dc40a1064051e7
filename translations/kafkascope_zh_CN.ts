<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="210"/>
        <source>no</source>
        <translation>否</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="41"/>
        <source>OFFLINE partition</source>
        <translation>离线分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="42"/>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, in sync</source>
        <translation>追随者，已同步</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>follower, OUT OF SYNC</source>
        <translation>追随者，未同步</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="49"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="50"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="166"/>
        <source>Log end offset (LEO)</source>
        <translation>日志末端偏移量 (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="165"/>
        <source>High watermark (HW)</source>
        <translation>高水位 (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>Lag behind the leader</source>
        <translation>落后领导者</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n 个偏移量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <source>In the ISR</source>
        <translation>在 ISR 中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Broker running</source>
        <translation>Broker 运行中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="167"/>
        <source>Log start offset</source>
        <translation>日志起始偏移量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 字节，共 %n 个段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <source>Latest leader epoch in its log</source>
        <translation>其日志中最新的领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="62"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="63"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>点击 Broker、控制器、副本、生产者、消费者组或消费者，查看其全部信息。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="70"/>
        <source>%1 internal</source>
        <translation>%1 个内部主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="71"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Simulated time</source>
        <translation>模拟时间</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <source>Active controller</source>
        <translation>活动控制器</translation>
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
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="79"/>
        <source>Controllers</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="82"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="168"/>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="169"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <source>Committed metadata records</source>
        <translation>已提交的元数据记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <source>Engine events processed</source>
        <translation>已处理的引擎事件</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Consumers</source>
        <translation>消费者</translation>
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
            <numerusform>%1 · 领导其 %n 个副本中的 %2 个</numerusform>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="102"/>
        <source>Leader replicas</source>
        <translation>领导者副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="103"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="163"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Bytes on disk</source>
        <translation>磁盘字节数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="145"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="299"/>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="300"/>
        <source>Links cut</source>
        <translation>已断开的链路</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <source>The controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <source>Replicas on this broker</source>
        <translation>此 Broker 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="113"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · 滞后 %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>ZooKeeper node %1</source>
        <translation>ZooKeeper 节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="124"/>
        <source>Controller %1</source>
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="126"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>纪元 %2 中 ZooKeeper 集合的 %1；控制器是 Broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="131"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>活动控制器：任期 %1 中的仲裁领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="132"/>
        <source>%1 in term %2</source>
        <translation>任期 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="133"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="135"/>
        <source>Quorum role</source>
        <translation>仲裁角色</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="136"/>
        <source>Term (epoch)</source>
        <translation>任期（纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>Committed up to (HW)</source>
        <translation>已提交至 (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="138"/>
        <source>Log end offset</source>
        <translation>日志末端偏移量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="140"/>
        <source>Latest snapshot</source>
        <translation>最新快照</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="142"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2（末端偏移量-纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="156"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>离线：没有副本可以担任领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="158"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>领导者 Broker %1（纪元 %2），ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="159"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <source>Leader epoch</source>
        <translation>领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Partition epoch</source>
        <translation>分区纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="164"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Reassignment: adding</source>
        <translation>重新分配：添加</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>Reassignment: removing</source>
        <translation>重新分配：移除</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>Topic %1 configs</source>
        <translation>主题 %1 的配置</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Broker %1 上的副本（已选中）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Replica on broker %1</source>
        <translation>Broker %1 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="201"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="202"/>
        <source>%1, on its own</source>
        <translation>%1，独立</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="203"/>
        <source>%1 in group %2, %3</source>
        <translation>%1，位于组 %2，%3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="205"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="206"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="293"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="207"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="208"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="209"/>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="210"/>
        <source>Static member (group.instance.id)</source>
        <translation>静态成员 (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="211"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="212"/>
        <source>Member state</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="213"/>
        <source>Application state</source>
        <translation>应用状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="214"/>
        <source>Assignors</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="215"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="248"/>
        <source>Rebalance protocol</source>
        <translation>再均衡协议</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="245"/>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>Records polled</source>
        <translation>已拉取记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="251"/>
        <source>Records processed</source>
        <translation>已处理记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="219"/>
        <source>Commits (failed)</source>
        <translation>提交（失败）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Rebalances</source>
        <translation>再均衡次数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Owns %1</source>
        <translation>拥有 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>Position (next offset)</source>
        <translation>位置（下一偏移量）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>High watermark seen</source>
        <translation>已知高水位</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="249"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Reads from broker</source>
        <translation>从 Broker 读取</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Consumer group %1</source>
        <translation>消费者组 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1，第 %2 代，%n 个成员，滞后 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="246"/>
        <source>Offsets stored in</source>
        <translation>偏移量存储于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="247"/>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="247"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>Oldest unread record</source>
        <translation>最早未读记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>Processed twice (duplicates)</source>
        <translation>处理了两次（重复）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="253"/>
        <source>Never processed (skipped)</source>
        <translation>从未处理（跳过）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="254"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="256"/>
        <source>%1 (leader)</source>
        <translation>%1（领导者）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>idle: no partitions</source>
        <translation>空闲：无分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · 位置 %2 · 已提交 %3 · 末端 %4 · 滞后 %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>no owner</source>
        <translation>无所有者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="270"/>
        <source>Last rebalance</source>
        <translation>上次再均衡</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="272"/>
        <source>Started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>still running</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="274"/>
        <source>Generations</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="276"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>撤销 %1 · 丢失 %2 · 分配 %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>Producer client on node %1</source>
        <translation>节点 %1 上的生产者客户端</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="292"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="294"/>
        <source>Records sent</source>
        <translation>已发送记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="295"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="296"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="297"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="298"/>
        <source>Batch retries</source>
        <translation>批次重试</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="302"/>
        <source>Background producer</source>
        <translation>后台生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="303"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="304"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Records per send</source>
        <translation>每次发送记录数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="88"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="89"/>
        <source>Language of the window (it changes at the next start):</source>
        <translation>窗口语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="94"/>
        <source>The language changes to %1 at the next start of Kafkascope.</source>
        <translation>下次启动 Kafkascope 时语言将切换为%1。</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="29"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="31"/>
        <source>Replaying</source>
        <translation>正在重放</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="52"/>
        <source>%1
%2 of %3 simulated</source>
        <translation>%1
已模拟 %2 / %3</translation>
    </message>
</context>
<context>
    <name>ScreenshotSession</name>
    <message>
        <location filename="../app/screenshot.cpp" line="39"/>
        <source>cannot read the script line &apos;%1&apos; (write e.g. &apos;@4s broker kill 2&apos;)</source>
        <translation>无法读取脚本行“%1”（应写成例如“@4s broker kill 2”）</translation>
    </message>
</context>
<context>
    <name>SimTimeText</name>
    <message>
        <location filename="../ui/sim_time_text.cpp" line="28"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="78"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;领导所示 %6 个副本中的 %5 个 · 磁盘 %7 字节</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>, isolated from every other node</source>
        <translation>，与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="81"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>，集群的控制器（通过 ZooKeeper 选举）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="85"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;另有 %n 个内部主题 (__consumer_offsets) 的副本，未绘出</numerusform>
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
        <translation> · 已隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="129"/>
        <source>leads %1 of %2%3</source>
        <translation>领导 %2 个中的 %1 个%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="132"/>
        <source> · %1 internal</source>
        <translation> · %1 个内部</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source>no replicas</source>
        <translation>无副本</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（消费者，节点 %2）%3&lt;br&gt;进程 %4 · 成员 %5 · %6&lt;br&gt;拥有 %7&lt;br&gt;滞后 %8 · 已处理 %9 · 提交 %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source>, no group</source>
        <translation>，无组</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> in group %1, generation %2%3</source>
        <translation>，位于组 %1，第 %2 代%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="48"/>
        <source> (group leader)</source>
        <translation>（组领导者）</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="50"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="80"/>
        <source>closed: left the group</source>
        <translation>已关闭：已离开组</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <location filename="../ui/topology/controller_item.cpp" line="65"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="84"/>
        <source>idle: no partitions</source>
        <translation>空闲：无分区</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>%1 · lag %2</source>
        <translation>%1 · 滞后 %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="25"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3，仲裁 %4（纪元 %5）%6&lt;br&gt;已知其日志提交至偏移量 %7 · 持有 %8 个条目%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="27"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="31"/>
        <source>, the ACTIVE controller</source>
        <translation>，活动控制器</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="34"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="68"/>
        <source>active leader</source>
        <translation>活动领导者</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>epoch</source>
        <translation>纪元</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="71"/>
        <source>ISOLATED · %1</source>
        <translation>已隔离 · %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="68"/>
        <source>Consumers that belong to no group: they read what they are assigned or subscribe to on their own</source>
        <translation>不属于任何组的消费者：它们读取分配给自己或自行订阅的内容</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="69"/>
        <source>&lt;b&gt;Consumer group %1&lt;/b&gt; — %2, generation %3&lt;br&gt;coordinator broker %4 (leader of %5)&lt;br&gt;assignor %6 · reads %7 partition(s) · lag %8 record(s) behind the committed offsets</source>
        <translation>&lt;b&gt;消费者组 %1&lt;/b&gt; — %2，第 %3 代&lt;br&gt;协调器 Broker %4（%5 的领导者）&lt;br&gt;分配器 %6 · 读取 %7 个分区 · 落后已提交偏移量 %8 条记录</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="73"/>
        <location filename="../ui/topology/group_item.cpp" line="107"/>
        <location filename="../ui/topology/replica_item.cpp" line="92"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="74"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>No group</source>
        <translation>无组</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="100"/>
        <source>Group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="103"/>
        <source>REBALANCING</source>
        <translation>再均衡中</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="105"/>
        <source>gen %1 · coordinator %2 · committed lag %3</source>
        <translation>第 %1 代 · 协调器 %2 · 已提交滞后 %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="110"/>
        <source>consumers on their own</source>
        <translation>独立消费者</translation>
    </message>
    <message>
        <location filename="../ui/topology/group_item.cpp" line="115"/>
        <source>no members</source>
        <translation>无成员</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="12"/>
        <source>No consumers yet. Cluster → Add consumer… (Ctrl+Shift+A) starts one, in a group or alone.</source>
        <translation>尚无消费者。集群 → 添加消费者…(Ctrl+Shift+A) 可启动一个，加入组或独立运行。</translation>
    </message>
    <message>
        <location filename="../ui/topology/groups_panel_item.cpp" line="25"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/topology/link_item.cpp" line="93"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation>&lt;br&gt;每模拟秒 %1 条记录（平滑）</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（生产者，节点 %2）%3&lt;br&gt;已发送记录 %4 · 已确认 %5 · 失败 %6 · 待处理 %7&lt;br&gt;批次重试 %8&lt;br&gt;后台生产者：%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation> — 与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>ISOLATED</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="59"/>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
        <source>sent %1 · acked %2 · failed %3</source>
        <translation>已发送 %1 · 已确认 %2 · 失败 %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="81"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="82"/>
        <source>follower, in sync</source>
        <translation>追随者，已同步</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="83"/>
        <source>follower, OUT OF SYNC (not in the ISR)</source>
        <translation>追随者，未同步（不在 ISR 中）</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="84"/>
        <source>OFFLINE partition: no leader</source>
        <translation>离线分区：无领导者</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="85"/>
        <source>its broker is down</source>
        <translation>其 Broker 已宕机</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on broker %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 位于 Broker %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="89"/>
        <source>LEO %1 · HW %2 · lag %3 behind the leader</source>
        <translation>LEO %1 · HW %2 · 落后领导者 %3</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="90"/>
        <source>leader epoch %1 · this log&apos;s latest epoch %2</source>
        <translation>领导者纪元 %1 · 此日志最新纪元 %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="91"/>
        <source>leader %1 · ISR %2 · replicas %3</source>
        <translation>领导者 %1 · ISR %2 · 副本 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/replica_item.cpp" line="93"/>
        <source>log start %1 · %2 in %n segment(s)</source>
        <translation>
            <numerusform>日志起始 %1 · %2，共 %n 个段</numerusform>
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
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="145"/>
        <source>down · LEO %1</source>
        <translation>宕机 · LEO %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="148"/>
        <source>LEO %1 · HW %2</source>
        <translation>LEO %1 · HW %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="150"/>
        <source>out of sync · lag %1</source>
        <translation>未同步 · 滞后 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/replica_item.cpp" line="151"/>
        <source>lag %1</source>
        <translation>滞后 %1</translation>
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
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="14"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="30"/>
        <source>background producer off</source>
        <translation>后台生产者已关闭</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="33"/>
        <source>waiting for topic %1</source>
        <translation>等待主题 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
        <source>auto: %1 rec/s → %2</source>
        <translation>自动：%1 条/秒 → %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation>ZooKeeper 集合 · 控制器是 Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="85"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="86"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation>KRaft 控制器仲裁 · 元数据已提交至偏移量 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="35"/>
        <source>&lt;b&gt;Link cut&lt;/b&gt;: %1 and %2 cannot reach each other</source>
        <translation>&lt;b&gt;链路断开&lt;/b&gt;：%1 与 %2 无法互相连通</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="36"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation>&lt;b&gt;单向链路断开&lt;/b&gt;：%1 无法连通 %2（%2 仍可连通 %1）</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="76"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 通过其领导者写入 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="77"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 写入 &lt;b&gt;Broker %2&lt;/b&gt; 所领导的 %n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 从 Broker %3 读取 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="154"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 从 &lt;b&gt;Broker %2&lt;/b&gt; 读取 %n 个分区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExportText</name>
    <message>
        <location filename="../ui/session/view_export.cpp" line="53"/>
        <source>The picture would be too large (%1 × %2 pixels).</source>
        <translation>图片会太大（%1 × %2 像素）。</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="63"/>
        <location filename="../ui/session/view_export.cpp" line="70"/>
        <location filename="../ui/session/view_export.cpp" line="83"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="76"/>
        <source>The Kafkascope topology view</source>
        <translation>Kafkascope 的拓扑视图</translation>
    </message>
</context>
<context>
    <name>WorkspaceText</name>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="153"/>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="154"/>
        <source>it cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="156"/>
        <source>the file is empty, not a Kafkascope workspace</source>
        <translation>文件是空的，不是 Kafkascope 工作区</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="159"/>
        <source>it is not a Kafkascope workspace (not an SQLite database)</source>
        <translation>它不是 Kafkascope 工作区（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="160"/>
        <source>the file is truncated: %1 bytes, not even a whole SQLite header</source>
        <translation>文件被截断：%1 字节，连完整的 SQLite 文件头都没有</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="164"/>
        <source>the file is corrupt: its SQLite header names no valid page size</source>
        <translation>文件已损坏：其 SQLite 文件头没有有效的页大小</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="169"/>
        <source>the file is truncated: %1 bytes of the %2 its header promises</source>
        <translation>文件被截断：只有 %1 字节，文件头声明 %2 字节</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="173"/>
        <source>the table &apos;%1&apos; is damaged: %2</source>
        <translation>表“%1”已损坏：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="179"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="184"/>
        <source>the file is corrupt: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="181"/>
        <source>the file is corrupt: SQLite&apos;s check says &apos;%1&apos;</source>
        <translation>文件已损坏：SQLite 检查结果为“%1”</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="185"/>
        <source>it is an SQLite database but not a Kafkascope workspace (it has no schema_version table)</source>
        <translation>它是 SQLite 数据库，但不是 Kafkascope 工作区（没有 schema_version 表）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="187"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="199"/>
        <source>it has no row</source>
        <translation>它没有任何行</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="190"/>
        <source>&apos;%1&apos; is not a version</source>
        <translation>“%1”不是版本号</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="192"/>
        <source>it was written by a newer Kafkascope (workspace schema version %1; this one reads up to version %2)</source>
        <translation>它由更新版本的 Kafkascope 写入（工作区架构版本 %1；本版本最多读取版本 %2）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="202"/>
        <source>the seed &apos;%1&apos; is not a whole number</source>
        <translation>种子“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="212"/>
        <source>it ends (%1 µs) before its setup did (%2 µs)</source>
        <translation>它的结束时间（%1 µs）早于设置完成时间（%2 µs）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="214"/>
        <source>the background producer&apos;s rate is not positive</source>
        <translation>后台生产者的速率不是正数</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="215"/>
        <source>the clock speed is not positive</source>
        <translation>时钟速度不是正数</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="229"/>
        <source>command %1 (&apos;%2&apos;) is at %3 µs, before the one it follows (%4 µs)</source>
        <translation>命令 %1（“%2”）位于 %3 µs，早于它前面的命令（%4 µs）</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="260"/>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="266"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="268"/>
        <location filename="../ui/workspace/workspace_file.cpp" line="273"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="278"/>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspace_file.cpp" line="285"/>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ks::ui::Classroom</name>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="67"/>
        <source>&amp;Choose a lesson…</source>
        <translation>选择课程(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="68"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>在新集群上开始一门内置课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="69"/>
        <source>&amp;Open a lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="70"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>开始您自己编写的课程（参见 docs/lessons.md）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="71"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="72"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="73"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>再次显示上一步（已运行的内容保持完成）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>Answer &amp;%1</source>
        <translation>答案 &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>&amp;Stop the lesson</source>
        <translation>停止课程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="82"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>退出课程；集群保持现状</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="83"/>
        <source>P&amp;resenter mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="84"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>投影仪主题、大字体，仅显示视图和课程；每一步都可用键盘操作</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="87"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="88"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="89"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>投影仪（高对比度）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="107"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="123"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="125"/>
        <source>View → Theme</source>
        <translation>视图 → 主题</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="148"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="150"/>
        <source>Choose a lesson</source>
        <translation>选择课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="150"/>
        <source>Lesson:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="157"/>
        <source>Open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="157"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>课程 (*.lesson);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="161"/>
        <source>The lesson cannot be opened</source>
        <translation>无法打开该课程</translation>
    </message>
</context>
<context>
    <name>ks::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="21"/>
        <source>Compare KRaft and ZooKeeper</source>
        <translation>比较 KRaft 与 ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="23"/>
        <source>Runs everything done in this session so far (seed %1) twice: once with a KRaft controller quorum (Kafka 4.x) and once with ZooKeeper and a controller broker (Kafka before 4.0), and measures how long each took to recover from the faults.</source>
        <translation>将本会话迄今的所有操作（种子 %1）运行两次：一次使用 KRaft 控制器仲裁（Kafka 4.x），一次使用 ZooKeeper 和控制器 broker（Kafka 4.0 之前），并测量各自从故障中恢复所需的时间。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="42"/>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="43"/>
        <source>Cancel comparison</source>
        <translation>取消比较</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="60"/>
        <source>Running the session in KRaft mode, then in ZooKeeper mode…</source>
        <translation>正在以 KRaft 模式、然后以 ZooKeeper 模式运行本会话…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="87"/>
        <source>Cancelled. Nothing in the session changed; Run again to start over.</source>
        <translation>已取消。会话没有任何改变；点击“重新运行”重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/compare_dialog.cpp" line="91"/>
        <source>
The session&apos;s commands have an error in one of the modes; the figures stop there.</source>
        <translation>
本会话的命令在其中一种模式下有错误；数据到此为止。</translation>
    </message>
</context>
<context>
    <name>ks::ui::ConsumerDialog</name>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation>请为消费者命名（即其 client.id）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="19"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation>消费者名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="20"/>
        <source>There is a consumer %1 already.</source>
        <translation>已存在消费者 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="26"/>
        <source>Add consumer</source>
        <translation>添加消费者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="39"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation>同一组的消费者共享分区；留空则为独立消费者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>the newest records (latest)</source>
        <translation>最新的记录 (latest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>the oldest records (earliest)</source>
        <translation>最早的记录 (earliest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Name (client.id)</source>
        <translation>名称 (client.id)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Group</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="48"/>
        <source>&amp;Assignor</source>
        <translation>分配器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation>无已提交偏移量时的起点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="67"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation>请先创建主题：消费者需要读取主题。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="69"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation>组名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogDock</name>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="17"/>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="30"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="31"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="32"/>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="33"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="34"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="35"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="36"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="37"/>
        <source>Routine detail</source>
        <translation>常规细节</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="41"/>
        <source>Also show routine detail: every acknowledgement of the background producer, every fetch</source>
        <translation>同时显示常规细节：后台生产者的每次确认、每次拉取</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="62"/>
        <source>Type a command and press Enter, e.g.  broker kill 2   ·   link cut 1 3   ·   print partitions</source>
        <translation>输入命令并按 Enter，例如  broker kill 2   ·   link cut 1 3   ·   print partitions</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_dock.cpp" line="88"/>
        <source>Show %1 events</source>
        <translation>显示%1事件</translation>
    </message>
</context>
<context>
    <name>ks::ui::EventLogModel</name>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="90"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation>（有 %1 个事件未显示：窗口跟不上）</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="93"/>
        <source>✗ %1 — rejected: %2</source>
        <translation>✗ %1 — 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="94"/>
        <source>  (hover to see what it printed)</source>
        <translation>  （悬停查看其输出）</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="119"/>
        <source> · about %1</source>
        <translation> · 涉及 %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::InspectorWidget</name>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_widget.cpp" line="24"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonDock</name>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="34"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="88"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>答案 %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="107"/>
        <source>No lesson running</source>
        <translation>没有正在进行的课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="109"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从“课程”菜单 (Ctrl+L) 中选择一门。每门课程都会构建自己的集群，进行讲解，请您预测会发生什么，然后运行并指出答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="114"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="116"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>正在构建课程集群…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="121"/>
        <source>The lesson cannot start: %1</source>
        <translation>课程无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="131"/>
        <source>Your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="132"/>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="147"/>
        <source>✓ Right.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="149"/>
        <source>✗ Not quite.</source>
        <translation>✗ 不太对。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="150"/>
        <source>The answer is %1) %2.</source>
        <translation>答案是 %1) %2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="162"/>
        <source>found %1</source>
        <translation>发现 %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="168"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="169"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>等待您操作：在视图中或通过菜单完成；课程会自动继续。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="170"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>您认为会怎样？请选择一个答案 (Ctrl+Alt+1…)。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>The end of the lesson.</source>
        <translation>课程结束。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="177"/>
        <source>A command was refused: %1</source>
        <translation>有一条命令被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ks::ui::LessonLibrary</name>
    <message>
        <location filename="../ui/lessons/lesson_library.cpp" line="24"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ks::ui::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="15"/>
        <source>Cut or heal a link</source>
        <translation>断开或修复链路</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="27"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="28"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="30"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation>双向断开（互相无法连通）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation>单向断开（“从”无法连通“到”）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;Heal the link</source>
        <translation>修复链路(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainActions</name>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>&amp;New cluster…</source>
        <translation>新建集群(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="29"/>
        <source>Start over with a new cluster</source>
        <translation>使用新集群重新开始</translation>
    </message>
    <message>
        <source>&amp;Save session as scenario…</source>
        <translation type="vanished">将会话另存为场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="30"/>
        <source>Save session as sc&amp;enario…</source>
        <translation>将会话保存为场景(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="31"/>
        <source>Write everything done so far as a scenario file that kafkascope-cli replays exactly</source>
        <translation>将目前所做的一切写入场景文件，kafkascope-cli 可精确重放</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="32"/>
        <source>Save &amp;picture of the window…</source>
        <translation>保存窗口截图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>&amp;Play / pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="35"/>
        <source>Run or stop the simulated clock</source>
        <translation>运行或停止模拟时钟</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Step one &amp;event</source>
        <translation>单步一个事件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="36"/>
        <source>Process exactly one engine event, then pause</source>
        <translation>只处理一个引擎事件，然后暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="37"/>
        <source>Step one &amp;millisecond</source>
        <translation>单步一毫秒(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="38"/>
        <source>Run to the next whole simulated millisecond, then pause</source>
        <translation>运行到下一个整模拟毫秒，然后暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="39"/>
        <source>&amp;Slower</source>
        <translation>减速(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="40"/>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="41"/>
        <source>&amp;Real time (1×)</source>
        <translation>实时 (1×)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="42"/>
        <source>As fast as &amp;possible</source>
        <translation>尽可能快(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="43"/>
        <source>Fast-forward &amp;10 s</source>
        <translation>快进 10 秒(&amp;1)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="44"/>
        <source>Run 10 simulated seconds as fast as possible, then carry on as before</source>
        <translation>以最快速度运行 10 个模拟秒，然后照旧继续</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="45"/>
        <source>&amp;Background producer running</source>
        <translation>后台生产者运行中(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="46"/>
        <source>A steady stream of keyed records to the topic &apos;orders&apos;</source>
        <translation>向主题“orders”持续发送带键的记录流</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="48"/>
        <source>Background producer f&amp;aster</source>
        <translation>后台生产者加速(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="49"/>
        <source>Background producer s&amp;lower</source>
        <translation>后台生产者减速(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>&amp;Kill</source>
        <translation>终止(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="51"/>
        <source>Crash the selected node; its disk survives</source>
        <translation>使所选节点崩溃；其磁盘保留</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="52"/>
        <source>Start the selected (killed) node again</source>
        <translation>再次启动所选的（已终止）节点</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="53"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>暂停（类似 GC 冻结）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="54"/>
        <source>Freeze the selected node like a long garbage-collection pause</source>
        <translation>像长时间垃圾回收暂停一样冻结所选节点</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="55"/>
        <source>Let the paused node run again</source>
        <translation>让已暂停的节点继续运行</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="56"/>
        <source>&amp;Isolate from everyone</source>
        <translation>与所有节点隔离(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="57"/>
        <source>Cut every link of the selected node (a network partition)</source>
        <translation>断开所选节点的所有链路（网络分区）</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="58"/>
        <source>&amp;Cut or heal a link…</source>
        <translation>断开或修复链路(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="59"/>
        <source>Cut the link between two nodes (or drag from one node to another)</source>
        <translation>断开两个节点之间的链路（或从一个节点拖到另一个节点）</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>&amp;Heal all links</source>
        <translation>修复所有链路(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut link and isolation</source>
        <translation>修复所有断开的链路和隔离</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>&amp;Network conditions…</source>
        <translation>网络条件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="61"/>
        <source>Latency, jitter and loss of every link</source>
        <translation>所有链路的延迟、抖动和丢包</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>&amp;Add broker</source>
        <translation>添加 Broker(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation>再启动一个 Broker；它加入时没有分区</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="64"/>
        <source>&amp;Decommission broker</source>
        <translation>下线 Broker(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="65"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation>将所选 Broker 上的所有副本迁走，使其可以停止而不丢失任何副本</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>&amp;Create topic…</source>
        <translation>创建主题(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>&amp;Delete topic…</source>
        <translation>删除主题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="68"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="69"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>将所选分区的领导权移回其第一个副本</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Add &amp;consumer…</source>
        <translation>添加消费者(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>启动一个消费者，加入消费者组或独立运行</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>所选消费者离开其组（正常关闭）并退出</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>&amp;Type a command</source>
        <translation>输入命令(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>任意场景命令，例如 broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>放大（更大字体）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>缩小（更小字体）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>&amp;Normal text size</source>
        <translation>正常字体大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>&amp;Projector mode</source>
        <translation>投影仪模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Large text for a projector</source>
        <translation>适合投影仪的大字体</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>使集群适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>清除选择和高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Step</source>
        <translation>单步</translation>
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
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Kill</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>Isolate</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Cut link</source>
        <translation>断开链路</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Heal all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Topic…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="93"/>
        <source>Consumer…</source>
        <translation>消费者…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Choose the language of the window</source>
        <translation>选择窗口语言</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>&amp;About Kafkascope</source>
        <translation>关于 Kafkascope(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="45"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — 一个可以观察的 Kafka 集群</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>每真实秒对应的模拟秒数（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>F&amp;aults</source>
        <translation>故障(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Event log &amp;filters</source>
        <translation>事件日志过滤器(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>View → Event log filters</source>
        <translation>视图 → 事件日志过滤器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="225"/>
        <source>The cluster could not start: %1</source>
        <translation>集群无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&amp;Pause the clock</source>
        <translation>暂停时钟(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="279"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="280"/>
        <source>The cluster is being built.</source>
        <translation>正在构建集群。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="36"/>
        <source>&amp;Kill</source>
        <translation>终止(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Kill %1</source>
        <translation>终止 %1(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Restart %1</source>
        <translation>重启 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>暂停（类似 GC 冻结）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>暂停（类似 GC 冻结）%1(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>Res&amp;ume %1</source>
        <translation>恢复 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="51"/>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="78"/>
        <location filename="../ui/main_window_commands.cpp" line="130"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
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
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="84"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone</source>
        <translation>与所有节点隔离(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="102"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>将 %1 与所有节点隔离(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission %1</source>
        <translation>下线 %1(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="109"/>
        <source>&amp;Decommission broker</source>
        <translation>下线 Broker(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer %1</source>
        <translation>移除消费者 %1(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="115"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>选举 %1 的首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="116"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete topic</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="160"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>删除哪个主题？其记录将被永久删除。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="195"/>
        <source>Save session as scenario</source>
        <translation>将会话另存为场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="196"/>
        <source>Scenarios (*.scenario)</source>
        <translation>场景 (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="200"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="203"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>已保存 %1 — 重放命令：kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Save picture</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="207"/>
        <source>Pictures (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="209"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="224"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>后台生产者：每 100 ms %1 条记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="240"/>
        <source>About Kafkascope</source>
        <translation>关于 Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的小型 Kafka 集群：带有复制分区的 Broker、KRaft 控制器仲裁和一个生产者，运行在模拟的时钟和网络上。相同的种子和相同的命令总会得到相同的运行结果（种子 %1）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;尚未模拟：&lt;/b&gt;多个生产者、永久移除 Broker（下线会迁走其副本，但它仍保留在列表中）、减慢单条链路或单个追随者、写满磁盘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="255"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="267"/>
        <source>Group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="289"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>断开链路 %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="290"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>单向断开：%1 无法连通 %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation>修复链路 %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="31"/>
        <source>Kafkascope workspaces (*.kscope)</source>
        <translation>Kafkascope 工作区 (*.kscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="80"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="82"/>
        <source>Cannot open %1: its setup commands failed: %2</source>
        <translation>无法打开 %1：其设置命令失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="105"/>
        <location filename="../ui/main_window_workspace.cpp" line="112"/>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="115"/>
        <source>Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1</source>
        <translation>已保存 %1 — 可再次打开，或用以下命令重放：kafkascope-cli workspace replay %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="119"/>
        <location filename="../ui/main_window_workspace.cpp" line="129"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="120"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="127"/>
        <source>Opened %1 at %2 simulated; press Space to play on.</source>
        <translation>已在模拟时间 %2 打开 %1；按空格键继续运行。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="131"/>
        <source>Opening %1 was cancelled; the session is as it was.</source>
        <translation>已取消打开 %1；会话保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Export view as SVG</source>
        <translation>将视图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Export view as PNG</source>
        <translation>将视图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="138"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="138"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="141"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="142"/>
        <source>Exported the view to %1</source>
        <translation>视图已导出到 %1</translation>
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
        <translation>网络条件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="32"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation>这些设置适用于节点之间的每条链路。Kafkascope 启动时为 1 ms 延迟、0.2 ms 抖动、无丢包。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="43"/>
        <source>&amp;Latency (one way)</source>
        <translation>延迟（单向）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="44"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>抖动（额外、随机）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="45"/>
        <source>Message &amp;loss</source>
        <translation>消息丢失率(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ks::ui::NewClusterDialog</name>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="15"/>
        <source>New cluster</source>
        <translation>新建集群</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="19"/>
        <source>KRaft (Kafka 3.3 and later)</source>
        <translation>KRaft（Kafka 3.3 及更高版本）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="20"/>
        <source>ZooKeeper (before Kafka 4.0)</source>
        <translation>ZooKeeper（Kafka 4.0 之前）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="30"/>
        <source>create the topic &apos;orders&apos; for the background producer</source>
        <translation>为后台生产者创建主题“orders”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="32"/>
        <source>start the consumer group &apos;analytics&apos; with two consumers reading &apos;orders&apos;</source>
        <translation>启动消费者组“analytics”，由两个消费者读取“orders”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="37"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="38"/>
        <source>&amp;Brokers</source>
        <translation>Broker(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="39"/>
        <source>&amp;Quorum nodes (controllers or ZooKeeper)</source>
        <translation>仲裁节点（控制器或 ZooKeeper）(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="40"/>
        <source>&amp;Seed</source>
        <translation>种子(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="42"/>
        <source>&amp;Partitions of &apos;orders&apos;</source>
        <translation>“orders”的分区数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="48"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>ks::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="24"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcuts_dialog.cpp" line="36"/>
        <source>  or  </source>
        <translation>  或  </translation>
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
        <translation>%1 事件/秒</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="36"/>
        <source>under-replicated: %1</source>
        <translation>副本不足：%1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="38"/>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="40"/>
        <source>no active controller</source>
        <translation>无活动控制器</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="41"/>
        <source>controller: broker %1</source>
        <translation>控制器：Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="42"/>
        <source>active controller: %1</source>
        <translation>活动控制器：%1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>fast-forward</source>
        <translation>快进</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>playing %1</source>
        <translation>播放中 %1</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="44"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/status_panel.cpp" line="45"/>
        <source> (cannot keep up)</source>
        <translation>（跟不上）</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineBar</name>
    <message>
        <location filename="../ui/timeline/timeline_bar.cpp" line="29"/>
        <source>Simulated time: drag or click to go back; the coloured ticks are bookmarks</source>
        <translation>模拟时间：拖动或点击以回到过去；彩色刻度是书签</translation>
    </message>
</context>
<context>
    <name>ks::ui::TimelineDock</name>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="22"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="31"/>
        <source>Continue from here</source>
        <translation>从此处继续</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="33"/>
        <source>Fork: drop the commands after this moment and play on from here</source>
        <translation>分叉：丢弃此刻之后的命令，从这里继续运行</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="34"/>
        <source>Back to present</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Go &amp;back 10 s</source>
        <translation>后退 10 秒(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="41"/>
        <source>Replay the run up to 10 simulated seconds earlier</source>
        <translation>重放运行，直到早 10 个模拟秒的时刻</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="42"/>
        <source>Back to the &amp;present</source>
        <translation>回到现在(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="43"/>
        <source>Leave the past and show the run where it was, with all its commands</source>
        <translation>离开过去，显示运行原来所处的位置及其全部命令</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="44"/>
        <source>&amp;Continue from here (fork)</source>
        <translation>从此处继续（分叉）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="45"/>
        <source>Drop the commands after the moment shown and play on from it</source>
        <translation>丢弃所显示时刻之后的命令，并从该时刻继续运行</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="46"/>
        <source>P&amp;revious bookmark</source>
        <translation>上一个书签(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="47"/>
        <source>Go back to the notable event before the moment shown</source>
        <translation>回到所显示时刻之前的重要事件</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="48"/>
        <source>&amp;Next bookmark</source>
        <translation>下一个书签(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="49"/>
        <source>Go to the notable event after the moment shown</source>
        <translation>前往所显示时刻之后的重要事件</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="119"/>
        <source>Going back to %1</source>
        <translation>正在回到 %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="122"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>已取消回退；没有任何改变。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Cannot go back: %1</source>
        <translation>无法回退：%1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="134"/>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation>正在显示 %1 时的运行（从头重放）。从此处继续即分叉，或回到现在。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="147"/>
        <source>Back at the present: %1.</source>
        <translation>已回到现在：%1。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="162"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>历史在 %1 处分叉：之后的 %2 条命令已丢弃；您现在的操作就是新的历史。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;处于过去&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="188"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>实时 · %1 个书签</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="189"/>
        <source>Showing %1 of %2. Playing, stepping or any command forks the history here; Back to present keeps everything.</source>
        <translation>正在显示 %1（共 %2）。播放、单步或任何命令都会在此处分叉历史；“回到现在”会保留一切。</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>Give the topic a name.</source>
        <translation>请为主题命名。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>主题不能命名为“.”或“..”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>A topic name has at most %1 characters.</source>
        <translation>主题名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="26"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation>主题名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="27"/>
        <source>Topic %1 already exists.</source>
        <translation>主题 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="33"/>
        <source>Create topic</source>
        <translation>创建主题</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="37"/>
        <source>e.g. payments</source>
        <translation>例如 payments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation>允许未同步的副本成为领导者（可能丢失记录）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;Partitions</source>
        <translation>分区数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Replication factor</source>
        <translation>副本因子(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="51"/>
        <source>&amp;min.insync.replicas</source>
        <translation>min.insync.replicas(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>&amp;Unclean leader election</source>
        <translation>不完全领导者选举(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="59"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="76"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation>副本因子不能大于 Broker 数量（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="78"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation>min.insync.replicas 不能大于副本因子。</translation>
    </message>
</context>
<context>
    <name>ks::ui::WorkspaceActions</name>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="21"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="22"/>
        <source>Open a .kscope workspace: its run is replayed to exactly where it was saved</source>
        <translation>打开 .kscope 工作区：其运行会被精确重放到保存时的位置</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="23"/>
        <source>&amp;Save workspace</source>
        <translation>保存工作区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="24"/>
        <source>Save the seed, every command with its time, the window layout and lesson progress</source>
        <translation>保存种子、每条命令及其时间、窗口布局和课程进度</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save workspace &amp;as…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="25"/>
        <source>Save the workspace under a new name</source>
        <translation>以新名称保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>Export view as P&amp;NG…</source>
        <translation>将视图导出为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="26"/>
        <source>The whole topology view as a PNG picture</source>
        <translation>整个拓扑视图导出为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>Export view as S&amp;VG…</source>
        <translation>将视图导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="27"/>
        <source>The whole topology view as an SVG drawing</source>
        <translation>整个拓扑视图导出为 SVG 图形</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="28"/>
        <source>Compare &amp;KRaft and ZooKeeper…</source>
        <translation>比较 KRaft 与 ZooKeeper(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/session/workspace_actions.cpp" line="29"/>
        <source>Run this session once in each mode and compare how fast each recovered from its faults</source>
        <translation>在每种模式下各运行一次本会话，并比较各自从故障中恢复的速度</translation>
    </message>
</context>
</TS>
