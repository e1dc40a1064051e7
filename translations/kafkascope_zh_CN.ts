<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartHistory</name>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="51"/>
        <source>%1 rebalance</source>
        <translation>%1 再均衡</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="54"/>
        <source>%1 generation %2</source>
        <translation>%1 第 %2 代</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="72"/>
        <source>broker %1 killed</source>
        <translation>Broker %1 已终止</translation>
    </message>
    <message>
        <location filename="../ui/panels/chart_history.cpp" line="74"/>
        <source>leader elected</source>
        <translation>已选举领导者</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../ui/session/csv.cpp" line="59"/>
        <source>Cannot write the CSV file %1: %2</source>
        <translation>无法写入 CSV 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>InspectorText</name>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="23"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>no</source>
        <translation>否</translation>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>Log end offset (LEO)</source>
        <translation>日志末端偏移量 (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="178"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="180"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="181"/>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="182"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="256"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="311"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="176"/>
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
        <location filename="../ui/inspector/inspector_content.cpp" line="158"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="312"/>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="159"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="313"/>
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
        <source>Controller&apos;s view</source>
        <translation>控制器的视图</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="109"/>
        <source>no active controller</source>
        <translation>没有活动的控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="112"/>
        <source>Last heartbeat</source>
        <translation>上次心跳</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="112"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="113"/>
        <source>Replica fetchers</source>
        <translation>副本拉取器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="115"/>
        <source>slow: wait %1 between fetches</source>
        <translation>慢：每次拉取之间等待 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="116"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="117"/>
        <source>Log dir</source>
        <translation>日志目录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="118"/>
        <source>offline (disk full): restart the broker to heal it</source>
        <translation>离线（磁盘已满）：重启 Broker 即可恢复</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="119"/>
        <source>online, but the disk is full: the next write fails</source>
        <translation>在线，但磁盘已满：下一次写入将失败</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="120"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="121"/>
        <source>Replicas on this broker</source>
        <translation>此 Broker 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="126"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · 滞后 %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="127"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>ZooKeeper node %1</source>
        <translation>ZooKeeper 节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="137"/>
        <source>Controller %1</source>
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>纪元 %2 中 ZooKeeper 集合的 %1；控制器是 Broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="144"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>活动控制器：任期 %1 中的仲裁领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="145"/>
        <source>%1 in term %2</source>
        <translation>任期 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>Quorum role</source>
        <translation>仲裁角色</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="149"/>
        <source>Term (epoch)</source>
        <translation>任期（纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Committed up to (HW)</source>
        <translation>已提交至 (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>Log end offset</source>
        <translation>日志末端偏移量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Latest snapshot</source>
        <translation>最新快照</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2（末端偏移量-纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="169"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="170"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>离线：没有副本可以担任领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>领导者 Broker %1（纪元 %2），ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="173"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="174"/>
        <source>Leader epoch</source>
        <translation>领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="175"/>
        <source>Partition epoch</source>
        <translation>分区纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="184"/>
        <source>Reassignment: adding</source>
        <translation>重新分配：添加</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="185"/>
        <source>Reassignment: removing</source>
        <translation>重新分配：移除</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="190"/>
        <source>Topic %1 configs</source>
        <translation>主题 %1 的配置</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="198"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Broker %1 上的副本（已选中）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="198"/>
        <source>Replica on broker %1</source>
        <translation>Broker %1 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="214"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="215"/>
        <source>%1, on its own</source>
        <translation>%1，独立</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>%1 in group %2, %3</source>
        <translation>%1，位于组 %2，%3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="219"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="255"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <source>Static member (group.instance.id)</source>
        <translation>静态成员 (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>Member state</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <source>Application state</source>
        <translation>应用状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Assignors</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="261"/>
        <source>Rebalance protocol</source>
        <translation>再均衡协议</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="258"/>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="230"/>
        <source>Records polled</source>
        <translation>已拉取记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Records processed</source>
        <translation>已处理记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>Commits (failed)</source>
        <translation>提交（失败）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="233"/>
        <source>Rebalances</source>
        <translation>再均衡次数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="235"/>
        <source>Owns %1</source>
        <translation>拥有 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="236"/>
        <source>Position (next offset)</source>
        <translation>位置（下一偏移量）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>High watermark seen</source>
        <translation>已知高水位</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>Reads from broker</source>
        <translation>从 Broker 读取</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="250"/>
        <source>Consumer group %1</source>
        <translation>消费者组 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="251"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1，第 %2 代，%n 个成员，滞后 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="259"/>
        <source>Offsets stored in</source>
        <translation>偏移量存储于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>Oldest unread record</source>
        <translation>最早未读记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Processed twice (duplicates)</source>
        <translation>处理了两次（重复）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Never processed (skipped)</source>
        <translation>从未处理（跳过）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="269"/>
        <source>%1 (leader)</source>
        <translation>%1（领导者）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="270"/>
        <source>idle: no partitions</source>
        <translation>空闲：无分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="276"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · 位置 %2 · 已提交 %3 · 末端 %4 · 滞后 %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="277"/>
        <source>no owner</source>
        <translation>无所有者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="283"/>
        <source>Last rebalance</source>
        <translation>上次再均衡</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="284"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>still running</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Generations</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>撤销 %1 · 丢失 %2 · 分配 %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="303"/>
        <source>Producer client on node %1</source>
        <translation>节点 %1 上的生产者客户端</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="304"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Records sent</source>
        <translation>已发送记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="307"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="308"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="309"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="310"/>
        <source>Batch retries</source>
        <translation>批次重试</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="314"/>
        <source>Configs</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="319"/>
        <source>Partitions written</source>
        <translation>写入的分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="322"/>
        <source>%1 record(s), %2 acknowledged, last %3</source>
        <translation>%1 条记录，%2 条已确认，最近 %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="329"/>
        <source>Background producer</source>
        <translation>后台生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="330"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="331"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="332"/>
        <source>Records per send</source>
        <translation>每次发送记录数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="333"/>
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
    <name>LessonSummary</name>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="49"/>
        <source>The cluster at the end of the lesson</source>
        <translation>课程结束时的集群</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="50"/>
        <source>The cluster at step %1 of %2</source>
        <translation>第 %1 步（共 %2 步）时的集群</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="54"/>
        <source>Your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="55"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="119"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="160"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="70"/>
        <source>Not answered. The answer: %1.</source>
        <translation>未作答。答案：%1。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="73"/>
        <source>✓ Your answer: %1. Right.</source>
        <translation>✓ 您的答案：%1。正确。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="75"/>
        <source>✗ Your answer: %1. The answer: %2.</source>
        <translation>✗ 您的答案：%1。正确答案：%2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="82"/>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="82"/>
        <source>Not done.</source>
        <translation>未完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="84"/>
        <source>not reached yet</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="89"/>
        <source>Predictions: %1 of %2 right.</source>
        <translation>预测：%2 个中答对 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="89"/>
        <source>Tasks done: %1 of %2.</source>
        <translation>已完成任务：%1 / %2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="93"/>
        <source>Key terms:</source>
        <translation>关键术语：</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="113"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="137"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="152"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="173"/>
        <source>Cannot write the lesson summary %1: %2</source>
        <translation>无法写入课程摘要 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="137"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
</context>
<context>
    <name>MetricsTracker</name>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="45"/>
        <source>Partitions this broker leads whose ISR lacks a replica: a follower is down or slow. Healthy: 0.</source>
        <translation>此 Broker 领导的、ISR 缺少副本的分区：某个追随者宕机或过慢。健康值：0。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="46"/>
        <source>Partitions with no leader: nobody can produce to or consume from them. Above 0 is an outage.</source>
        <translation>没有领导者的分区：无法向其生产或从中消费。大于 0 即为故障。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="47"/>
        <source>Nodes acting as the active controller; over the whole cluster it must be exactly 1.</source>
        <translation>担任活动控制器的节点数；整个集群中必须恰好为 1。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="49"/>
        <source>How often leaders drop a follower from the ISR (it fell behind replica.lag.time.max.ms or its broker died).</source>
        <translation>领导者将追随者移出 ISR 的频率（它落后超过 replica.lag.time.max.ms 或其 Broker 宕机）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="50"/>
        <source>How often leaders take a caught-up follower back into the ISR, e.g. after a restart.</source>
        <translation>领导者将已追上的追随者重新纳入 ISR 的频率，例如重启之后。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="52"/>
        <source>Leader elections per second, and how long the partitions went without a leader (from the fault to the new leader).</source>
        <translation>每秒领导者选举次数，以及分区无领导者的持续时间（从故障到新领导者产生）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="54"/>
        <source>Elections of an out-of-sync replica (unclean.leader.election.enable): acknowledged records can be lost. Healthy: 0.</source>
        <translation>未同步副本被选举为领导者的次数 (unclean.leader.election.enable)：已确认的记录可能丢失。健康值：0。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="55"/>
        <source>Records per second this broker appends as leader (from producers and its group coordinator).</source>
        <translation>此 Broker 作为领导者每秒追加的记录数（来自生产者及其组协调器）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="56"/>
        <source>Bytes per second producers send to this broker (replication not included).</source>
        <translation>生产者每秒发送到此 Broker 的字节数（不含复制）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="57"/>
        <source>Bytes per second this broker sends to consumers (replication not included).</source>
        <translation>此 Broker 每秒发送给消费者的字节数（不含复制）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="59"/>
        <source>Appends the broker refused for an unexpected reason, e.g. NOT_ENOUGH_REPLICAS with the ISR below min.insync.replicas.</source>
        <translation>Broker 因意外原因拒绝的追加，例如 ISR 低于 min.insync.replicas 时的 NOT_ENOUGH_REPLICAS。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="61"/>
        <source>Mean time from a produce request&apos;s arrival to its answer; with acks=all it includes waiting for the followers.</source>
        <translation>生产请求从到达到应答的平均时间；acks=all 时包括等待追随者的时间。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="63"/>
        <source>Mean time a consumer&apos;s fetch spends at the broker, including waiting up to fetch.max.wait.ms for records.</source>
        <translation>消费者的拉取请求在 Broker 上的平均耗时，包括为等待记录最多等待 fetch.max.wait.ms。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="64"/>
        <source>The consumer&apos;s largest lag over its partitions (high watermark − position): is it keeping up?</source>
        <translation>消费者在其各分区上的最大滞后（高水位 − 位置）：它跟得上吗？</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="116"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="123"/>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="128"/>
        <source>%1, mean %2 ms</source>
        <translation>%1，平均 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="134"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="155"/>
        <location filename="../ui/panels/metrics_tracker.cpp" line="157"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="162"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_tracker.cpp" line="180"/>
        <source>%n leader(s) elected</source>
        <translation>
            <numerusform>已选举 %n 个领导者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="27"/>
        <source>the record&apos;s own partition</source>
        <translation>记录自身的分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="28"/>
        <source>murmur2 hash of the key</source>
        <translation>键的 murmur2 哈希</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="29"/>
        <source>sticky partitioner (no key)</source>
        <translation>粘性分区器（无键）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="30"/>
        <source>round-robin partitioner (no key)</source>
        <translation>轮询分区器（无键）</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="30"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="72"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="82"/>
        <source>not JSON (%1 at character %2)</source>
        <translation>不是 JSON（第 %2 个字符处 %1）</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="83"/>
        <source>expected a JSON object such as {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</source>
        <translation>应为 JSON 对象，例如 {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="87"/>
        <source>&quot;topic&quot; must be a string</source>
        <translation>&quot;topic&quot; 必须是字符串</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="92"/>
        <source>&quot;partition&quot; must be a whole number, 0 or more</source>
        <translation>&quot;partition&quot; 必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="96"/>
        <source>&quot;key&quot; must be a string or null</source>
        <translation>&quot;key&quot; 必须是字符串或 null</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="98"/>
        <source>the record has no &quot;value&quot;</source>
        <translation>记录没有 &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="104"/>
        <source>each header must be {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</source>
        <translation>每个 header 必须是 {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="113"/>
        <source>&quot;headers&quot; must be a list or an object</source>
        <translation>&quot;headers&quot; 必须是列表或对象</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="118"/>
        <source>&quot;acks&quot; must be 0, 1 or &quot;all&quot;</source>
        <translation>&quot;acks&quot; 必须是 0、1 或 &quot;all&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="138"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>无效的 JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="139"/>
        <source>invalid JSON: expected an object or an array</source>
        <translation>无效的 JSON：应为对象或数组</translation>
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
        <location filename="../ui/topology/broker_item.cpp" line="79"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;领导所示 %6 个副本中的 %5 个 · 磁盘 %7 字节</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="81"/>
        <source>, isolated from every other node</source>
        <translation>，与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="82"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>，集群的控制器（通过 ZooKeeper 选举）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="86"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;另有 %n 个内部主题 (__consumer_offsets) 的副本，未绘出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="89"/>
        <source>&lt;br&gt;&lt;b&gt;Slow follower&lt;/b&gt;: its replica fetchers wait %1 between fetches</source>
        <translation>&lt;br&gt;&lt;b&gt;慢追随者&lt;/b&gt;：其副本拉取器每次拉取之间等待 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="91"/>
        <source>&lt;br&gt;&lt;b&gt;Log dir offline&lt;/b&gt; (disk full): its replicas are offline until a restart</source>
        <translation>&lt;br&gt;&lt;b&gt;日志目录离线&lt;/b&gt;（磁盘已满）：其副本在重启前处于离线状态</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="92"/>
        <source>&lt;br&gt;&lt;b&gt;Disk full&lt;/b&gt;: its next write fails</source>
        <translation>&lt;br&gt;&lt;b&gt;磁盘已满&lt;/b&gt;：下一次写入将失败</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="95"/>
        <source>&lt;br&gt;the active controller sees it as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;活动控制器将其视为 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="96"/>
        <source>, last heartbeat %1 ago</source>
        <translation>，上次心跳在 %1 前</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="134"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="136"/>
        <source> · ISOLATED</source>
        <translation> · 已隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="138"/>
        <source>LOG DIR OFFLINE</source>
        <translation>日志目录离线</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="139"/>
        <source>DISK FULL</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="140"/>
        <source>SLOW FOLLOWER</source>
        <translation>慢追随者</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="146"/>
        <source>leads %1 of %2%3</source>
        <translation>领导 %2 个中的 %1 个%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="149"/>
        <source> · %1 internal</source>
        <translation> · %1 个内部</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="154"/>
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
        <location filename="../ui/topology/link_item.cpp" line="99"/>
        <source>&lt;br&gt;%1 records per simulated second (smoothed)</source>
        <translation>&lt;br&gt;每模拟秒 %1 条记录（平滑）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;background producer: %9</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;（生产者，节点 %2）%3&lt;br&gt;已发送记录 %4 · 已确认 %5 · 失败 %6 · 待处理 %7&lt;br&gt;批次重试 %8&lt;br&gt;后台生产者：%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (producer, node %2)%3&lt;br&gt;records sent %4 · acknowledged %5 · failed %6 · pending %7&lt;br&gt;batch retries %8&lt;br&gt;%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（生产者，节点 %2）%3&lt;br&gt;已发送记录 %4 · 已确认 %5 · 失败 %6 · 待定 %7&lt;br&gt;批次重试 %8&lt;br&gt;%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="28"/>
        <source> — isolated from every other node</source>
        <translation> — 与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="29"/>
        <source> — closing: waiting for the answers to its last records</source>
        <translation> — 正在关闭：等待其最后记录的应答</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="61"/>
        <source>ISOLATED</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="62"/>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="63"/>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/topology/producer_item.cpp" line="66"/>
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
        <location filename="../ui/topology/scene_helpers.cpp" line="15"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/scene_helpers.cpp" line="16"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="34"/>
        <source>background producer off</source>
        <translation>后台生产者已关闭</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="37"/>
        <source>waiting for topic %1</source>
        <translation>等待主题 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="39"/>
        <source>auto: %1 rec/s → %2</source>
        <translation>自动：%1 条/秒 → %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="89"/>
        <source>ZooKeeper ensemble · the controller is broker %1</source>
        <translation>ZooKeeper 集合 · 控制器是 Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="89"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="90"/>
        <source>KRaft controller quorum · metadata committed up to offset %1</source>
        <translation>KRaft 控制器仲裁 · 元数据已提交至偏移量 %1</translation>
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
        <translation>&lt;b&gt;链路断开&lt;/b&gt;：%1 与 %2 无法互相连通</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="37"/>
        <source>&lt;b&gt;Link cut one way&lt;/b&gt;: %1 cannot reach %2 (%2 can still reach %1)</source>
        <translation>&lt;b&gt;单向链路断开&lt;/b&gt;：%1 无法连通 %2（%2 仍可连通 %1）</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to &lt;b&gt;%2&lt;/b&gt; through its leader</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 通过其领导者写入 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; writes to the %n partition(s) that &lt;b&gt;broker %2&lt;/b&gt; leads</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 写入 &lt;b&gt;Broker %2&lt;/b&gt; 所领导的 %n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="199"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads &lt;b&gt;%2&lt;/b&gt; from broker %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 从 Broker %3 读取 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/topology_scene_links.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt; reads %n partition(s) from &lt;b&gt;broker %2&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 从 &lt;b&gt;Broker %2&lt;/b&gt; 读取 %n 个分区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExportText</name>
    <message>
        <location filename="../ui/session/view_export.cpp" line="65"/>
        <source>The picture would be too large (%1 × %2 pixels).</source>
        <translation>图片会太大（%1 × %2 像素）。</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="68"/>
        <location filename="../ui/session/view_export.cpp" line="75"/>
        <location filename="../ui/session/view_export.cpp" line="88"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/session/view_export.cpp" line="81"/>
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
    <name>ks::ui::BrokersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="78"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="78"/>
        <source>The broker id</source>
        <translation>Broker ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="79"/>
        <source>running, fenced (the controller stopped trusting it), registering, paused, stopped</source>
        <translation>运行中、已屏蔽（控制器不再信任它）、注册中、已暂停、已停止</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>Leaders</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="80"/>
        <source>Partitions this broker leads</source>
        <translation>此 Broker 领导的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>Partition replicas this broker holds</source>
        <translation>此 Broker 持有的分区副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Partitions whose preferred leader (first replica) is this broker</source>
        <translation>首选领导者（第一个副本）为此 Broker 的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Led elsewhere</source>
        <translation>他处领导</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Of those, how many another broker leads now (after a failover)</source>
        <translation>其中当前由其他 Broker 领导的数量（故障转移之后）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Skew</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Led elsewhere ÷ preferred: Kafka&apos;s leader imbalance; a preferred leader election brings it to 0</source>
        <translation>他处领导 ÷ 首选：Kafka 的领导者不均衡度；首选领导者选举可将其降为 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica</source>
        <translation>UnderReplicatedPartitions：它领导的、ISR 缺少副本的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Log size</source>
        <translation>日志大小</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Bytes of all its partition logs on disk</source>
        <translation>其所有分区日志在磁盘上的字节数</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Disk share</source>
        <translation>磁盘占比</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Its share of all bytes stored in the cluster</source>
        <translation>它在集群所存储全部字节中的占比</translation>
    </message>
</context>
<context>
    <name>ks::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="42"/>
        <source>records/s</source>
        <translation>记录/秒</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="43"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="49"/>
        <source>Lag per:</source>
        <translation>滞后按：</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="51"/>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="52"/>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="56"/>
        <source>records behind</source>
        <translation>落后记录数</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="58"/>
        <source>Consumer lag</source>
        <translation>消费者滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="65"/>
        <source>replicas / partitions</source>
        <translation>副本 / 分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="66"/>
        <source>ISR health</source>
        <translation>ISR 健康</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="78"/>
        <source>simulated time (s)</source>
        <translation>模拟时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="156"/>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="157"/>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="160"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="161"/>
        <source>under-replicated partitions</source>
        <translation>副本不足的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="163"/>
        <source>offline partitions</source>
        <translation>离线分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="200"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="207"/>
        <source>Could not write the PNG file %1</source>
        <translation>无法写入 PNG 文件 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/charts_panel.cpp" line="219"/>
        <location filename="../ui/panels/charts_panel.cpp" line="222"/>
        <source>Could not write the SVG file %1</source>
        <translation>无法写入 SVG 文件 %1</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation type="vanished">无法写入 CSV 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ks::ui::Classroom</name>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="75"/>
        <source>&amp;Choose a lesson…</source>
        <translation>选择课程(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>在新集群上开始一门内置课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="77"/>
        <source>&amp;Open a lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="78"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>开始您自己编写的课程（参见 docs/lessons.md）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="79"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="80"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>再次显示上一步（已运行的内容保持完成）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="84"/>
        <source>Answer &amp;%1</source>
        <translation>答案 &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="89"/>
        <source>&amp;Stop the lesson</source>
        <translation>停止课程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="90"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>退出课程；集群保持现状</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="91"/>
        <source>E&amp;xport lesson summary…</source>
        <translation>导出课程摘要(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="92"/>
        <source>Save a one-page summary of this lesson to take home, as PDF or HTML</source>
        <translation>将本课的一页摘要保存为 PDF 或 HTML，供课后带回</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="93"/>
        <source>P&amp;resenter mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="94"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>投影仪主题、大字体，仅显示视图和课程；每一步都可用键盘操作</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="97"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="98"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="99"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>投影仪（高对比度）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="118"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="134"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="136"/>
        <source>View → Theme</source>
        <translation>视图 → 主题</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="168"/>
        <source>The workspace&apos;s lesson cannot be opened</source>
        <translation>无法打开工作区的课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="197"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="199"/>
        <source>Choose a lesson</source>
        <translation>选择课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="199"/>
        <source>Lesson:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="206"/>
        <source>Open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="206"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>课程 (*.lesson);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="210"/>
        <source>The lesson cannot be opened</source>
        <translation>无法打开该课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="215"/>
        <source>No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).</source>
        <translation>没有正在进行的课程，因此没有可摘要的内容：请通过 课程 → 选择课程 (Ctrl+L) 开始一课。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="220"/>
        <source>Export lesson summary</source>
        <translation>导出课程摘要</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="226"/>
        <source>PDF, one A4 page (*.pdf);;HTML page (*.html)</source>
        <translation>PDF，一页 A4 (*.pdf);;HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="233"/>
        <source>Saved the lesson summary to %1</source>
        <translation>课程摘要已保存到 %1</translation>
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
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="16"/>
        <source>Give the consumer a name (its client.id).</source>
        <translation>请为消费者命名（即其 client.id）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="17"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a consumer&apos;s name.</source>
        <translation>消费者名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="18"/>
        <source>There is a consumer %1 already.</source>
        <translation>已存在消费者 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="24"/>
        <source>Add consumer</source>
        <translation>添加消费者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="37"/>
        <source>Consumers with the same group share the partitions; leave it empty for a consumer on its own</source>
        <translation>同一组的消费者共享分区；留空则为独立消费者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="41"/>
        <source>the newest records (latest)</source>
        <translation>最新的记录 (latest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="42"/>
        <source>the oldest records (earliest)</source>
        <translation>最早的记录 (earliest)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="43"/>
        <source>&amp;Name (client.id)</source>
        <translation>名称 (client.id)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="44"/>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="45"/>
        <source>&amp;Group</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="46"/>
        <source>&amp;Assignor</source>
        <translation>分配器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="47"/>
        <source>&amp;Start from, without a committed offset</source>
        <translation>无已提交偏移量时的起点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="49"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="57"/>
        <source>Create a topic first: a consumer reads a topic.</source>
        <translation>请先创建主题：消费者需要读取主题。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/consumer_dialog.cpp" line="59"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a group&apos;s name.</source>
        <translation>组名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
</context>
<context>
    <name>ks::ui::DataPanels</name>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="37"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="38"/>
        <source>Members and their partitions</source>
        <translation>成员及其分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="39"/>
        <source>Partitions: position, committed, lag</source>
        <translation>分区：位置、已提交、滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="42"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="43"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="44"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="45"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="46"/>
        <source>Broker metrics</source>
        <translation>Broker 指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="49"/>
        <source>Charts &amp;follow the clock</source>
        <translation>图表跟随时钟(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="54"/>
        <source>Keep the charts on the newest simulated time (dragging or zooming a chart stops it)</source>
        <translation>让图表保持在最新的模拟时间（拖动或缩放图表会停止跟随）</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="64"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="65"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="66"/>
        <source>Export chart data as &amp;CSV…</source>
        <translation>将图表数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="125"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="126"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="127"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="128"/>
        <location filename="../ui/panels/data_panels.cpp" line="135"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="138"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
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
    <name>ks::ui::GroupMembersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="150"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="150"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="151"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="151"/>
        <source>client.id of the consumer</source>
        <translation>消费者的 client.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>The member id the coordinator gave it</source>
        <translation>协调器分配给它的成员 ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>The group leader runs the assignor; idle members got no partition</source>
        <translation>组领导者运行分配器；空闲成员未分到分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>The partitions it owns in this generation</source>
        <translation>它在本代中拥有的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="163"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="163"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="164"/>
        <source>, static</source>
        <translation>，静态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>, idle</source>
        <translation>，空闲</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupPartitionsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="175"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="175"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="176"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="176"/>
        <source>A partition the group reads</source>
        <translation>组读取的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>The member it is assigned to</source>
        <translation>分配到的成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>The next offset the owner&apos;s poll() returns</source>
        <translation>所有者的 poll() 返回的下一个偏移量</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>The group&apos;s committed offset: where a new owner starts</source>
        <translation>组已提交的偏移量：新所有者从这里开始</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark</source>
        <translation>kafka-consumer-groups 所显示的 LOG-END-OFFSET：即高水位</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>LEO − committed: records not yet committed as consumed</source>
        <translation>LEO − 已提交：尚未提交为已消费的记录</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>Lag (s)</source>
        <translation>滞后（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>最早一条尚未消费记录的存在时长</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="193"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="118"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="118"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="119"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="119"/>
        <source>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</source>
        <translation>Empty、PreparingRebalance、CompletingRebalance、Stable、Dead</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Grows with every rebalance; commits from an older one are refused</source>
        <translation>每次再均衡递增；来自旧代的提交会被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>The broker leading the group&apos;s __consumer_offsets partition</source>
        <translation>领导该组 __consumer_offsets 分区的 Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>The partition assignor the group uses</source>
        <translation>该组使用的分区分配器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)</source>
        <translation>再均衡协议：eager（撤销全部）或 cooperative (KIP-429)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Consumers in the group</source>
        <translation>组中的消费者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Records between the committed offsets and the log ends, summed</source>
        <translation>已提交偏移量与日志末端之间的记录数之和</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Lag (s)</source>
        <translation>滞后（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>最早一条尚未消费记录的存在时长</translation>
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
    <name>ks::ui::KeyedTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="15"/>
        <source>none</source>
        <translation>无</translation>
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
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="91"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>答案 %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="110"/>
        <source>No lesson running</source>
        <translation>没有正在进行的课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="112"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从“课程”菜单 (Ctrl+L) 中选择一门。每门课程都会构建自己的集群，进行讲解，请您预测会发生什么，然后运行并指出答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="117"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="119"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>正在构建课程集群…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="124"/>
        <source>The lesson cannot start: %1</source>
        <translation>课程无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="134"/>
        <source>Your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="150"/>
        <source>✓ Right.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="152"/>
        <source>✗ Not quite.</source>
        <translation>✗ 不太对。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="153"/>
        <source>The answer is %1) %2.</source>
        <translation>答案是 %1) %2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="165"/>
        <source>found %1</source>
        <translation>发现 %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="171"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>等待您操作：在视图中或通过菜单完成；课程会自动继续。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>您认为会怎样？请选择一个答案 (Ctrl+Alt+1…)。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="175"/>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="176"/>
        <source>The end of the lesson.</source>
        <translation>课程结束。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="180"/>
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
        <source>Cut or heal a link</source>
        <translation type="vanished">断开或修复链路</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="19"/>
        <source>Cut, slow or heal a link</source>
        <translation>断开、减速或修复链路</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="31"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="32"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="34"/>
        <source>&amp;Cut both ways (neither reaches the other)</source>
        <translation>双向断开（互相无法连通）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="35"/>
        <source>Cut &amp;one way (From cannot reach To)</source>
        <translation>单向断开（“从”无法连通“到”）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="36"/>
        <source>&amp;Slow it both ways (its own latency, jitter and loss)</source>
        <translation>双向减速（使用其自身的延迟、抖动和丢包）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="37"/>
        <source>Slo&amp;w it one way (From → To)</source>
        <translation>单向减速（从 → 到）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="38"/>
        <source>&amp;Heal the link (no cut, the network&apos;s conditions)</source>
        <translation>修复链路（不断开，使用网络条件）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="47"/>
        <source>&amp;Latency (one way)</source>
        <translation>延迟（单向）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="48"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>抖动（额外，随机）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/link_dialog.cpp" line="49"/>
        <source>Message l&amp;oss</source>
        <translation>消息丢失(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Heal the link</source>
        <translation type="vanished">修复链路(&amp;H)</translation>
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
        <source>Repair every cut link and isolation</source>
        <translation type="vanished">修复所有断开的链路和隔离</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="60"/>
        <source>Repair every cut or slow link and every isolation</source>
        <translation>修复所有断开或减速的链路以及所有隔离</translation>
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
        <location filename="../ui/main_actions.cpp" line="62"/>
        <source>Slo&amp;w follower</source>
        <translation>慢追随者(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="63"/>
        <source>The selected broker&apos;s replica fetchers wait 40 s between fetches: its follower replicas fall behind and leave the ISR after replica.lag.time.max.ms; uncheck to heal</source>
        <translation>所选 Broker 的副本拉取器每次拉取之间等待 40 秒：其追随者副本落后，并在 replica.lag.time.max.ms 后离开 ISR；取消勾选即可恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="66"/>
        <source>Fill the &amp;disk</source>
        <translation>填满磁盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="67"/>
        <source>The selected broker&apos;s disk is full: its next write fails, its log dir goes offline and leadership moves away; a restart heals it</source>
        <translation>所选 Broker 的磁盘已满：下一次写入失败，其日志目录离线，领导权转移到其他 Broker；重启即可恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>&amp;Add broker</source>
        <translation>添加 Broker(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="70"/>
        <source>Start one more broker; it joins with no partitions</source>
        <translation>再启动一个 Broker；它加入时没有分区</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="71"/>
        <source>&amp;Decommission broker</source>
        <translation>下线 Broker(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="72"/>
        <source>Move every replica off the selected broker, so that it can be stopped without losing any</source>
        <translation>将所选 Broker 上的所有副本迁走，使其可以停止而不丢失任何副本</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="73"/>
        <source>&amp;Create topic…</source>
        <translation>创建主题(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>&amp;Delete topic…</source>
        <translation>删除主题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="75"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>将所选分区的领导权移回其第一个副本</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>Add &amp;consumer…</source>
        <translation>添加消费者(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>启动一个消费者，加入消费者组或独立运行</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="80"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>所选消费者离开其组（正常关闭）并退出</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>Add p&amp;roducer…</source>
        <translation>添加生产者(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="82"/>
        <source>Start one more producer client, with its own acks, linger.ms and partitioner</source>
        <translation>再启动一个生产者客户端，拥有自己的 acks、linger.ms 和分区器</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>Remove pro&amp;ducer</source>
        <translation>移除生产者(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Close the selected producer: it sends what it holds, waits for the answers and goes away</source>
        <translation>关闭所选生产者：它发送手头的记录，等待应答后退出</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>&amp;Type a command</source>
        <translation>输入命令(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>任意场景命令，例如 broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>放大（更大字体）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="88"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>缩小（更小字体）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>&amp;Normal text size</source>
        <translation>正常字体大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>&amp;Projector mode</source>
        <translation>投影仪模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Large text for a projector</source>
        <translation>适合投影仪的大字体</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="94"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>使集群适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="95"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>清除选择和高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Step</source>
        <translation>单步</translation>
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
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="100"/>
        <source>Kill</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="101"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="101"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="102"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="102"/>
        <source>Isolate</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="103"/>
        <source>Cut link</source>
        <translation>断开链路</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="103"/>
        <source>Heal all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="104"/>
        <source>Topic…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="104"/>
        <source>Consumer…</source>
        <translation>消费者…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Producer…</source>
        <translation>生产者…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Choose the language of the window</source>
        <translation>选择窗口语言</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="112"/>
        <source>&amp;About Kafkascope</source>
        <translation>关于 Kafkascope(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="49"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — 一个可以观察的 Kafka 集群</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="107"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>每真实秒对应的模拟秒数（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="109"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="117"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="142"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Export &amp;table as CSV</source>
        <translation>将表格导出为 CSV(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148"/>
        <source>File → Export table as CSV</source>
        <translation>文件 → 将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>F&amp;aults</source>
        <translation>故障(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153"/>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>Event log &amp;filters</source>
        <translation>事件日志过滤器(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="160"/>
        <source>View → Event log filters</source>
        <translation>视图 → 事件日志过滤器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>Pa&amp;nels</source>
        <translation>面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="245"/>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="247"/>
        <source>The cluster could not start: %1</source>
        <translation>集群无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Pause the clock</source>
        <translation>暂停时钟(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="302"/>
        <source>The cluster is being built.</source>
        <translation>正在构建集群。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Kill</source>
        <translation>终止(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Kill %1</source>
        <translation>终止 %1(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Restart %1</source>
        <translation>重启 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>暂停（类似 GC 冻结）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>暂停（类似 GC 冻结）%1(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="44"/>
        <source>Res&amp;ume %1</source>
        <translation>恢复 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="52"/>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
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
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="85"/>
        <location filename="../ui/main_window_commands.cpp" line="151"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="87"/>
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
        <location filename="../ui/main_window_commands.cpp" line="110"/>
        <source>Slo&amp;w follower %1</source>
        <translation>慢追随者 %1(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="110"/>
        <source>Slo&amp;w follower</source>
        <translation>慢追随者(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="112"/>
        <source>Fill the &amp;disk of %1</source>
        <translation>填满 %1 的磁盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="112"/>
        <source>Fill the &amp;disk</source>
        <translation>填满磁盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="119"/>
        <source>&amp;Decommission %1</source>
        <translation>下线 %1(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="119"/>
        <source>&amp;Decommission broker</source>
        <translation>下线 Broker(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="123"/>
        <source>Re&amp;move consumer %1</source>
        <translation>移除消费者 %1(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="123"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="129"/>
        <source>Remove pro&amp;ducer %1</source>
        <translation>移除生产者 %1(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="129"/>
        <source>Remove pro&amp;ducer</source>
        <translation>移除生产者(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="131"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>选举 %1 的首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="191"/>
        <source>Delete topic</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="191"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>删除哪个主题？其记录将被永久删除。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="236"/>
        <source>Save session as scenario</source>
        <translation>将会话另存为场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="237"/>
        <source>Scenarios (*.scenario)</source>
        <translation>场景 (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="241"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="244"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>已保存 %1 — 重放命令：kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="248"/>
        <location filename="../ui/main_window_commands.cpp" line="250"/>
        <source>Save picture</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="248"/>
        <source>Pictures (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="250"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="265"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>后台生产者：每 100 ms %1 条记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="281"/>
        <source>About Kafkascope</source>
        <translation>关于 Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="282"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的一个小型 Kafka 集群：带有副本分区的 broker、一个 KRaft 控制器仲裁和一个生产者，运行在模拟的时钟和网络上。相同的种子和相同的命令总是得到相同的运行（种子 %1）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;尚未模拟：&lt;/b&gt;永久移除 broker（下线会迁走其副本；它仍在列表中）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的一个小型 Kafka 集群：带有复制分区的 Broker、KRaft 控制器仲裁和一个生产者，运行在模拟的时钟和网络之上。相同的种子和相同的命令总是得到相同的运行结果（种子 %1）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;尚未模拟：&lt;/b&gt;多个生产者、永久移除 Broker（下线会将其副本迁走，但它仍保留在列表中）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的小型 Kafka 集群：带有复制分区的 Broker、KRaft 控制器仲裁和一个生产者，运行在模拟的时钟和网络上。相同的种子和相同的命令总会得到相同的运行结果（种子 %1）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;尚未模拟：&lt;/b&gt;多个生产者、永久移除 Broker（下线会迁走其副本，但它仍保留在列表中）、减慢单条链路或单个追随者、写满磁盘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="295"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="308"/>
        <source>Group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="319"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="334"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>断开链路 %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="335"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>单向断开：%1 无法连通 %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="337"/>
        <source>Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)</source>
        <translation>减速链路 %1 ⇹ %2（延迟 200 ms，抖动 50 ms）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="338"/>
        <source>Slow the link… (choose latency, jitter, loss)</source>
        <translation>减速链路…（选择延迟、抖动、丢包）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="340"/>
        <source>Heal the link %1 ⇹ %2</source>
        <translation>修复链路 %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="37"/>
        <source>Kafkascope workspaces (*.kscope)</source>
        <translation>Kafkascope 工作区 (*.kscope)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="86"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="88"/>
        <source>Cannot open %1: its setup commands failed: %2</source>
        <translation>无法打开 %1：其设置命令失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="111"/>
        <location filename="../ui/main_window_workspace.cpp" line="118"/>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="121"/>
        <source>Saved %1 — open it again, or replay it with: kafkascope-cli workspace replay %1</source>
        <translation>已保存 %1 — 可再次打开，或用以下命令重放：kafkascope-cli workspace replay %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="125"/>
        <location filename="../ui/main_window_workspace.cpp" line="135"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="126"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="133"/>
        <source>Opened %1 at %2 simulated; press Space to play on.</source>
        <translation>已在模拟时间 %2 打开 %1；按空格键继续运行。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="137"/>
        <source>Opening %1 was cancelled; the session is as it was.</source>
        <translation>已取消打开 %1；会话保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as SVG</source>
        <translation>将视图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="143"/>
        <source>Export view as PNG</source>
        <translation>将视图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="144"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="147"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="148"/>
        <source>Exported the view to %1</source>
        <translation>视图已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="154"/>
        <source>Topics and partitions</source>
        <translation>主题和分区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="155"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="156"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="157"/>
        <source>Group members and their partitions</source>
        <translation>组成员及其分区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="158"/>
        <source>Group partitions: position, committed, lag</source>
        <translation>组分区：位置、已提交、lag</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="159"/>
        <source>Broker metrics</source>
        <translation>Broker 指标</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="160"/>
        <source>Records in the message browser</source>
        <translation>消息浏览器中的记录</translation>
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
        <translation>分区 </translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="41"/>
        <source>Beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="42"/>
        <source>End</source>
        <translation>末尾</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="43"/>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="44"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="47"/>
        <source>offset, or time (12.5 or 1500ms)</source>
        <translation>偏移量或时间（12.5 或 1500ms）</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="51"/>
        <source>search key or value</source>
        <translation>搜索键或值</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="53"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="54"/>
        <source>Read the partition from the chosen position (Ctrl+Alt+G)</source>
        <translation>从所选位置读取分区 (Ctrl+Alt+G)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="72"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="73"/>
        <source>Produce the selected records again (Ctrl+Alt+R)</source>
        <translation>再次生产所选记录 (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="75"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="76"/>
        <source>Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)</source>
        <translation>将所选记录（或全部显示的记录）保存为 CSV 或 JSON 行 (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="78"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="79"/>
        <source>Produce the records of a JSON-lines file (Ctrl+Alt+I)</source>
        <translation>生产 JSON 行文件中的记录 (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="107"/>
        <source>Select a record to see it whole; a JSON value is pretty-printed.</source>
        <translation>选择一条记录以查看完整内容；JSON 值会格式化显示。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="166"/>
        <source>Topic: the cluster has no topics to browse.</source>
        <translation>主题：集群中没有可浏览的主题。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="172"/>
        <source>Partition: %1 has partitions 0 to %2.</source>
        <translation>分区：%1 的分区为 0 到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="181"/>
        <source>Offset: &apos;%1&apos; is not an offset (a whole number, 0 or more).</source>
        <translation>偏移量：“%1”不是偏移量（应为大于等于 0 的整数）。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="187"/>
        <source>Time: &apos;%1&apos; is not a simulated time; write seconds (12.5) or a duration (1500ms).</source>
        <translation>时间：“%1”不是模拟时间；请填写秒数 (12.5) 或时长 (1500ms)。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="200"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="215"/>
        <source>no replica</source>
        <translation>无副本</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="215"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7</source>
        <translation>%1 · 日志起始 %2 · HW %3 · LEO %4 · 显示 %5 条 · 读取自 %6，时间 %7</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="230"/>
        <source>Producing again failed: %1</source>
        <translation>再次生产失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="233"/>
        <source>Produced again to %1 at offset %2</source>
        <translation>已再次生产到 %1，偏移量 %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="257"/>
        <source>Offset %1 at %2, %3 bytes
</source>
        <translation>偏移量 %1，时间 %2，%3 字节
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="258"/>
        <source>Key: %1
</source>
        <translation>键：%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="260"/>
        <source>Header %1: %2
</source>
        <translation>Header %1：%2
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="262"/>
        <source>Value:
%1
</source>
        <translation>值：
%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="290"/>
        <source>Replay: select the records to produce again.</source>
        <translation>重放：请选择要再次生产的记录。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="307"/>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="308"/>
        <source>JSON lines (*.jsonl *.json);;CSV (*.csv)</source>
        <translation>JSON 行 (*.jsonl *.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="316"/>
        <source>Export: cannot write %1 (%2)</source>
        <translation>导出：无法写入 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="319"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="324"/>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="324"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON 行 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="328"/>
        <source>Import: cannot read %1 (%2)</source>
        <translation>导入：无法读取 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="332"/>
        <source>Import of %1 stopped, nothing was sent: %2</source>
        <translation>%1 的导入已停止，未发送任何内容：%2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="347"/>
        <source>line %1: the cluster has no topic &apos;%2&apos;; nothing was sent</source>
        <translation>第 %1 行：集群中没有主题“%2”；未发送任何内容</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="351"/>
        <source>line %1: %2 has no partition %3; nothing was sent</source>
        <translation>第 %1 行：%2 没有分区 %3；未发送任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/message_browser.cpp" line="359"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>正在导入 %n 条记录…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsPanel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="65"/>
        <source>Compare with the moment before:</source>
        <translation>与之前时刻比较：</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="67"/>
        <source>A notable event (a fault, leaders elected); the table shows what each metric was just before it</source>
        <translation>一个值得注意的事件（故障、领导者选举）；表格显示各指标在其之前的值</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="80"/>
        <source>Select a metric to read what it means.</source>
        <translation>选择一个指标以查看其含义。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="130"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2)：%3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="139"/>
        <source>No event yet: kill a broker (K) and watch what moves.</source>
        <translation>尚无事件：终止一个 Broker (K)，观察哪些指标变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_panel.cpp" line="146"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="148"/>
        <source>Since “%1”: nothing moved yet.</source>
        <translation>自“%1”以来：尚无变化。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="149"/>
        <source>Since “%1”:</source>
        <translation>自“%1”以来：</translation>
    </message>
</context>
<context>
    <name>ks::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="25"/>
        <source>The metric&apos;s name as Kafka exports it over JMX</source>
        <translation>Kafka 通过 JMX 导出的指标名称</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="26"/>
        <source>Whose metric it is: a broker, the cluster&apos;s controller, a consumer</source>
        <translation>指标所属：Broker、集群控制器或消费者</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="27"/>
        <source>Gauges now; rates and mean times over the last 10 s of simulated time</source>
        <translation>仪表值为当前值；速率和平均时间为最近 10 秒模拟时间内的值</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>Before event</source>
        <translation>事件前</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="28"/>
        <source>The value just before the event chosen above</source>
        <translation>上方所选事件之前的值</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Moved</source>
        <translation>已变化</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="29"/>
        <source>Whether it changed since that event</source>
        <translation>自该事件以来是否变化</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="45"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="46"/>
        <source>moved</source>
        <translation>已变化</translation>
    </message>
</context>
<context>
    <name>ks::ui::NetworkDialog</name>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="27"/>
        <source>Network conditions</source>
        <translation>网络条件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="29"/>
        <source>These apply to every link between nodes. Kafkascope starts with 1 ms latency, 0.2 ms jitter and no loss.</source>
        <translation>这些设置适用于节点之间的每条链路。Kafkascope 启动时为 1 ms 延迟、0.2 ms 抖动、无丢包。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="40"/>
        <source>&amp;Latency (one way)</source>
        <translation>延迟（单向）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="41"/>
        <source>&amp;Jitter (extra, random)</source>
        <translation>抖动（额外、随机）(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/network_dialog.cpp" line="42"/>
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
        <location filename="../ui/dialogs/new_cluster_dialog.cpp" line="47"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerDialog</name>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="19"/>
        <source>Give the producer a name (its client.id).</source>
        <translation>请为生产者命名（它的 client.id）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="20"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a producer&apos;s name.</source>
        <translation>生产者名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="21"/>
        <source>There is a client %1 already.</source>
        <translation>已存在客户端 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="26"/>
        <source>Add producer</source>
        <translation>添加生产者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="34"/>
        <source>all: every in-sync replica has it (Kafka&apos;s default)</source>
        <translation>all：每个同步副本都已写入（Kafka 默认）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="35"/>
        <source>1: the leader has it</source>
        <translation>1：leader 已写入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="36"/>
        <source>0: do not wait for an answer</source>
        <translation>0：不等待应答</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="41"/>
        <source>How long the producer waits for more records before it sends a batch that is not full</source>
        <translation>生产者在发送未满批次前等待更多记录的时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="43"/>
        <source>sticky: fill a batch for one partition, then another (Kafka&apos;s default)</source>
        <translation>sticky：先填满一个分区的批次，再换下一个（Kafka 默认）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="44"/>
        <source>round-robin: each record to the next partition</source>
        <translation>round-robin：每条记录发往下一个分区</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="45"/>
        <source>For records without a key; a key always picks its partition by hash</source>
        <translation>用于无键记录；有键的记录总是按哈希选择分区</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="46"/>
        <source>&amp;Name (client.id)</source>
        <translation>名称（client.id）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="47"/>
        <source>&amp;acks</source>
        <translation>acks(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="48"/>
        <source>&amp;linger.ms</source>
        <translation>linger.ms(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="49"/>
        <source>&amp;Partitioner</source>
        <translation>分区器(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/producer_dialog.cpp" line="56"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ks::ui::ProducerPanel</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="67"/>
        <source>The producer that sends the record: each has its own batches, partitioner and counts</source>
        <translation>发送该记录的生产者：每个都有自己的批次、分区器和计数</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="73"/>
        <source>chosen by the partitioner</source>
        <translation>由分区器选择</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="77"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="78"/>
        <source>Send the record without a key: the sticky (or round-robin) partitioner picks its partition</source>
        <translation>发送不带键的记录：由粘性（或轮询）分区器选择其分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="85"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="86"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="87"/>
        <source>Pretty-print</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="88"/>
        <source>Check the JSON value and indent it (Ctrl+Alt+J)</source>
        <translation>检查 JSON 值并缩进 (Ctrl+Alt+J)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="94"/>
        <source>the record&apos;s value; JSON is sent compact, on one line</source>
        <translation>记录的值；JSON 以紧凑形式单行发送</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="99"/>
        <source>Header key</source>
        <translation>Header 键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="99"/>
        <source>Header value</source>
        <translation>Header 值</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="104"/>
        <source>Add header</source>
        <translation>添加 header</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="105"/>
        <source>Remove header</source>
        <translation>移除 header</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="119"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="121"/>
        <source>Produce the record (Ctrl+Alt+Return)</source>
        <translation>生产该记录 (Ctrl+Alt+Return)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="127"/>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="131"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="132"/>
        <location filename="../ui/records/producer_panel.cpp" line="176"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="133"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="134"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="135"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="139"/>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="145"/>
        <source>The background producer: records at a steady rate, keyed by a pattern</source>
        <translation>后台生产者：以稳定速率发送记录，键按模式生成</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="147"/>
        <source>Produce continuously</source>
        <translation>持续生产</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="154"/>
        <source> records/s</source>
        <translation> 条记录/秒</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="157"/>
        <source>No key: partitions in turn</source>
        <translation>无键：轮流分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="158"/>
        <source>Fixed key</source>
        <translation>固定键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="159"/>
        <source>Sequential keys</source>
        <translation>顺序键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="160"/>
        <source>Random from k keys</source>
        <translation>从 k 个键中随机</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="161"/>
        <source>Skewed: one hot key</source>
        <translation>倾斜：一个热点键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="164"/>
        <source>Fixed: the key itself. Otherwise keys are this prefix and a number</source>
        <translation>固定：即键本身。否则键为此前缀加一个数字</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="177"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="178"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="179"/>
        <source>Key (prefix)</source>
        <translation>键（前缀）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="180"/>
        <source>k keys</source>
        <translation>k 个键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="181"/>
        <source>Hot key share</source>
        <translation>热点键占比</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="191"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="192"/>
        <source>Rate generator</source>
        <translation>速率生成器</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="241"/>
        <source>Topic: choose a topic.</source>
        <translation>主题：请选择一个主题。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="247"/>
        <source>Topic: the cluster has no topic &apos;%1&apos; (it has: %2).</source>
        <translation>主题：集群中没有主题“%1”（现有：%2）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="256"/>
        <source>Partition: &apos;%1&apos; is not a partition number (leave it empty to let the partitioner choose).</source>
        <translation>分区：“%1”不是分区编号（留空则由分区器选择）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="260"/>
        <source>Partition: %1 has partitions 0 to %2; there is no partition %3.</source>
        <translation>分区：%1 的分区为 0 到 %2；没有分区 %3。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="271"/>
        <location filename="../ui/records/producer_panel.cpp" line="319"/>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="285"/>
        <source>Header %1: a header needs a key (its value is &apos;%2&apos;).</source>
        <translation>Header %1：header 需要一个键（其值为“%2”）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="311"/>
        <source>Sent; waiting for the answer…</source>
        <translation>已发送；正在等待应答…</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="312"/>
        <source>Sent; the answer comes once simulated time runs (the clock is paused).</source>
        <translation>已发送；模拟时间运行后才会收到应答（时钟已暂停）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="363"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="365"/>
        <source>Failed with %1 (partition %2, chosen by the %3)</source>
        <translation>失败，错误 %1（分区 %2，由%3选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="370"/>
        <source>Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)</source>
        <translation>已以 acks=0 发送到 %1：生产者永远不会得知偏移量（分区由%2选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="373"/>
        <source>Written to %1 at offset %2 (partition chosen by the %3)</source>
        <translation>已写入 %1，偏移量 %2（分区由%3选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="451"/>
        <source>Key (prefix): %1</source>
        <translation>键（前缀）：%1</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordDocks</name>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="17"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="27"/>
        <source>Message browser</source>
        <translation>消息浏览器</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="49"/>
        <source>&amp;Producer panel</source>
        <translation>生产者面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="53"/>
        <source>&amp;Message browser</source>
        <translation>消息浏览器(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="62"/>
        <source>&amp;Send record</source>
        <translation>发送记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="66"/>
        <source>Pretty-print &amp;JSON value</source>
        <translation>格式化 JSON 值(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="70"/>
        <source>Show the &amp;last produced record</source>
        <translation>显示最后生产的记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="72"/>
        <source>&amp;Read partition</source>
        <translation>读取分区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="76"/>
        <source>&amp;Replay selected records</source>
        <translation>重放所选记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="78"/>
        <source>&amp;Export records…</source>
        <translation>导出记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="80"/>
        <source>&amp;Import JSON lines…</source>
        <translation>导入 JSON 行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="83"/>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_docks.cpp" line="90"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ks::ui::RecordTableModel</name>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="72"/>
        <source>Below the high watermark: every in-sync replica has it; consumers can read it</source>
        <translation>低于高水位：所有同步副本都已拥有；消费者可以读取</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="73"/>
        <source>At or above the high watermark: not yet on every in-sync replica; consumers cannot read it yet</source>
        <translation>等于或高于高水位：尚未到达所有同步副本；消费者暂不能读取</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="83"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="96"/>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="97"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="98"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="99"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="100"/>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="101"/>
        <source>Size (B)</source>
        <translation>大小 (B)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="102"/>
        <source>On replicas</source>
        <translation>所在副本</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="103"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/records/record_table_model.cpp" line="104"/>
        <source>Groups past it</source>
        <translation>已越过的组</translation>
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
    <name>ks::ui::TableExport</name>
    <message>
        <location filename="../ui/session/table_export.cpp" line="17"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="20"/>
        <source>Save the rows the table %1 shows, as filtered and sorted, as a CSV file</source>
        <translation>将表格 %1 显示的行（按当前过滤和排序）保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="24"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="34"/>
        <location filename="../ui/session/table_export.cpp" line="38"/>
        <source>Export %1 as CSV</source>
        <translation>将 %1 导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="34"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/table_export.cpp" line="41"/>
        <source>Saved %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>已将 %1 的 %n 行保存到 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ks::ui::TablePanel</name>
    <message>
        <location filename="../ui/panels/table_panel.cpp" line="19"/>
        <source>Filter rows (any column)…</source>
        <translation>筛选行（任意列）…</translation>
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
        <location filename="../ui/dialogs/topic_dialog.cpp" line="21"/>
        <source>Give the topic a name.</source>
        <translation>请为主题命名。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="22"/>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>主题不能命名为“.”或“..”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="23"/>
        <source>A topic name has at most %1 characters.</source>
        <translation>主题名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="24"/>
        <source>Use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; in a topic name.</source>
        <translation>主题名称只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="25"/>
        <source>Topic %1 already exists.</source>
        <translation>主题 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="31"/>
        <source>Create topic</source>
        <translation>创建主题</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="35"/>
        <source>e.g. payments</source>
        <translation>例如 payments</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="45"/>
        <source>allow an out-of-sync replica to become leader (may lose records)</source>
        <translation>允许未同步的副本成为领导者（可能丢失记录）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="46"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="47"/>
        <source>&amp;Partitions</source>
        <translation>分区数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="48"/>
        <source>&amp;Replication factor</source>
        <translation>副本因子(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="49"/>
        <source>&amp;min.insync.replicas</source>
        <translation>min.insync.replicas(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="50"/>
        <source>&amp;Unclean leader election</source>
        <translation>不完全领导者选举(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="52"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="66"/>
        <source>The replication factor cannot be larger than the number of brokers (%1).</source>
        <translation>副本因子不能大于 Broker 数量（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/topic_dialog.cpp" line="68"/>
        <source>min.insync.replicas cannot be larger than the replication factor.</source>
        <translation>min.insync.replicas 不能大于副本因子。</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopicsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="40"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="40"/>
        <source>TOPIC-P, as Kafka writes it</source>
        <translation>TOPIC-P，Kafka 的写法</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="41"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="41"/>
        <source>The broker that takes writes and serves reads</source>
        <translation>接受写入并提供读取的 Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>The brokers that keep a copy, the preferred leader first</source>
        <translation>保存副本的 Broker，首选领导者排在最前</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>In-sync replicas: caught up within replica.lag.time.max.ms</source>
        <translation>同步副本：在 replica.lag.time.max.ms 内已追上</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Leader epoch</source>
        <translation>领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Grows with every new leader; fences the old one</source>
        <translation>每有新领导者即递增；用于屏蔽旧领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>Log start</source>
        <translation>日志起始</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>The first offset still on disk (retention moves it)</source>
        <translation>仍在磁盘上的第一个偏移量（保留策略会移动它）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Log end offset: the offset the next record gets</source>
        <translation>日志末端偏移量：下一条记录将获得的偏移量</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>High watermark: records below it are on every ISR member; consumers read up to it</source>
        <translation>高水位：低于它的记录已在每个 ISR 成员上；消费者最多读取到它</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>The leader&apos;s log on disk</source>
        <translation>领导者在磁盘上的日志</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>Under-replicated: ISR smaller than the replicas; offline: no leader</source>
        <translation>副本不足：ISR 小于副本集；离线：无领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="58"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="59"/>
        <source>, reassigning</source>
        <translation>，重分配中</translation>
    </message>
</context>
<context>
    <name>ks::ui::TopologyScene</name>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="60"/>
        <source>latency %1, jitter %2, loss %3%</source>
        <translation>延迟 %1，抖动 %2，丢包 %3%</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="64"/>
        <source>slow %1</source>
        <translation>慢 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="65"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 ⇹ %2: %3</source>
        <translation>&lt;b&gt;慢链路&lt;/b&gt; %1 ⇹ %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene_links.cpp" line="66"/>
        <source>&lt;b&gt;Slow link&lt;/b&gt; %1 → %2: %3 (the other way as the network)</source>
        <translation>&lt;b&gt;慢链路&lt;/b&gt; %1 → %2：%3（反方向使用网络条件）</translation>
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
