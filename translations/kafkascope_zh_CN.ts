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
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="25"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>no</source>
        <translation>否</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="43"/>
        <source>OFFLINE partition</source>
        <translation>离线分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="44"/>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="45"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, in sync</source>
        <translation>追随者，已同步</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="46"/>
        <source>follower, OUT OF SYNC</source>
        <translation>追随者，未同步</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="51"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="52"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="181"/>
        <source>Log end offset (LEO)</source>
        <translation>日志末端偏移量 (LEO)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="53"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="180"/>
        <source>High watermark (HW)</source>
        <translation>高水位 (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>Lag behind the leader</source>
        <translation>落后领导者</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="54"/>
        <source>%n offset(s)</source>
        <translation>
            <numerusform>%n 个偏移量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="55"/>
        <source>In the ISR</source>
        <translation>在 ISR 中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="56"/>
        <source>Broker running</source>
        <translation>Broker 运行中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="57"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="154"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="182"/>
        <source>Log start offset</source>
        <translation>日志起始偏移量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="58"/>
        <source>%1 bytes in %n segment(s)</source>
        <translation>
            <numerusform>%1 字节，共 %n 个段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="59"/>
        <source>Latest leader epoch in its log</source>
        <translation>其日志中最新的领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="64"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="65"/>
        <source>Click a broker, controller, replica, producer, group or consumer to see everything about it.</source>
        <translation>点击 Broker、控制器、副本、生产者、消费者组或消费者，查看其全部信息。</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="72"/>
        <source>%1 internal</source>
        <translation>%1 个内部主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="73"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="74"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="75"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="76"/>
        <source>Simulated time</source>
        <translation>模拟时间</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="77"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="162"/>
        <source>Active controller</source>
        <translation>活动控制器</translation>
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
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="81"/>
        <source>Controllers</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="83"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="84"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="275"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="85"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="183"/>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="86"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="184"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="87"/>
        <source>Committed metadata records</source>
        <translation>已提交的元数据记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="88"/>
        <source>Engine events processed</source>
        <translation>已处理的引擎事件</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="89"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="90"/>
        <source>Consumers</source>
        <translation>消费者</translation>
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
            <numerusform>%1 · 领导其 %n 个副本中的 %2 个</numerusform>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="104"/>
        <source>Leader replicas</source>
        <translation>领导者副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="105"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="178"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="106"/>
        <source>Bytes on disk</source>
        <translation>磁盘字节数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="107"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="160"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="314"/>
        <source>Isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="108"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="161"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="315"/>
        <source>Links cut</source>
        <translation>已断开的链路</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="109"/>
        <source>The controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="110"/>
        <source>Controller&apos;s view</source>
        <translation>控制器的视图</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="111"/>
        <source>no active controller</source>
        <translation>没有活动的控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>Last heartbeat</source>
        <translation>上次心跳</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="114"/>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="115"/>
        <source>Replica fetchers</source>
        <translation>副本拉取器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="117"/>
        <source>slow: wait %1 between fetches</source>
        <translation>慢：每次拉取之间等待 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="118"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="119"/>
        <source>Log dir</source>
        <translation>日志目录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="120"/>
        <source>offline (disk full): restart the broker to heal it</source>
        <translation>离线（磁盘已满）：重启 Broker 即可恢复</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="121"/>
        <source>online, but the disk is full: the next write fails</source>
        <translation>在线，但磁盘已满：下一次写入将失败</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="122"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="123"/>
        <source>Replicas on this broker</source>
        <translation>此 Broker 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="128"/>
        <source>%1 · LEO %2 · HW %3 · lag %4</source>
        <translation>%1 · LEO %2 · HW %3 · 滞后 %4</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="129"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="273"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>ZooKeeper node %1</source>
        <translation>ZooKeeper 节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="139"/>
        <source>Controller %1</source>
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="141"/>
        <source>%1 of the ZooKeeper ensemble in epoch %2; the controller is broker %3</source>
        <translation>纪元 %2 中 ZooKeeper 集合的 %1；控制器是 Broker %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="146"/>
        <source>The active controller: the quorum leader in term %1</source>
        <translation>活动控制器：任期 %1 中的仲裁领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="147"/>
        <source>%1 in term %2</source>
        <translation>任期 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="148"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="150"/>
        <source>Quorum role</source>
        <translation>仲裁角色</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="151"/>
        <source>Term (epoch)</source>
        <translation>任期（纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="152"/>
        <source>Committed up to (HW)</source>
        <translation>已提交至 (HW)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="153"/>
        <source>Log end offset</source>
        <translation>日志末端偏移量</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="155"/>
        <source>Latest snapshot</source>
        <translation>最新快照</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="157"/>
        <source>%1-%2 (end offset-epoch)</source>
        <translation>%1-%2（末端偏移量-纪元）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="171"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="172"/>
        <source>OFFLINE: no replica can lead it</source>
        <translation>离线：没有副本可以担任领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="173"/>
        <source>leader broker %1 (epoch %2), ISR %3</source>
        <translation>领导者 Broker %1（纪元 %2），ISR %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="174"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="175"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="176"/>
        <source>Leader epoch</source>
        <translation>领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="177"/>
        <source>Partition epoch</source>
        <translation>分区纪元</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="179"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="186"/>
        <source>Reassignment: adding</source>
        <translation>重新分配：添加</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="187"/>
        <source>Reassignment: removing</source>
        <translation>重新分配：移除</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="192"/>
        <source>Topic %1 configs</source>
        <translation>主题 %1 的配置</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1 (picked)</source>
        <translation>Broker %1 上的副本（已选中）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="200"/>
        <source>Replica on broker %1</source>
        <translation>Broker %1 上的副本</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="216"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="217"/>
        <source>%1, on its own</source>
        <translation>%1，独立</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="218"/>
        <source>%1 in group %2, %3</source>
        <translation>%1，位于组 %2，%3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="220"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="221"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="307"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="222"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="223"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="257"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="224"/>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="225"/>
        <source>Static member (group.instance.id)</source>
        <translation>静态成员 (group.instance.id)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="226"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="259"/>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="227"/>
        <source>Member state</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="228"/>
        <source>Application state</source>
        <translation>应用状态</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="229"/>
        <source>Assignors</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="230"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="263"/>
        <source>Rebalance protocol</source>
        <translation>再均衡协议</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="231"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="260"/>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="232"/>
        <source>Records polled</source>
        <translation>已拉取记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="233"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="266"/>
        <source>Records processed</source>
        <translation>已处理记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="234"/>
        <source>Commits (failed)</source>
        <translation>提交（失败）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="235"/>
        <source>Rebalances</source>
        <translation>再均衡次数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="237"/>
        <source>Owns %1</source>
        <translation>拥有 %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="238"/>
        <source>Position (next offset)</source>
        <translation>位置（下一偏移量）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="239"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="240"/>
        <source>High watermark seen</source>
        <translation>已知高水位</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="241"/>
        <location filename="../ui/inspector/inspector_content.cpp" line="264"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="242"/>
        <source>Reads from broker</source>
        <translation>从 Broker 读取</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="243"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="244"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="252"/>
        <source>Consumer group %1</source>
        <translation>消费者组 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspector/inspector_content.cpp" line="253"/>
        <source>%1, generation %2, %n member(s), lag %3</source>
        <translation>
            <numerusform>%1，第 %2 代，%n 个成员，滞后 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="261"/>
        <source>Offsets stored in</source>
        <translation>偏移量存储于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="262"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="265"/>
        <source>Oldest unread record</source>
        <translation>最早未读记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="267"/>
        <source>Processed twice (duplicates)</source>
        <translation>处理了两次（重复）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="268"/>
        <source>Never processed (skipped)</source>
        <translation>从未处理（跳过）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="269"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="271"/>
        <source>%1 (leader)</source>
        <translation>%1（领导者）</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="272"/>
        <source>idle: no partitions</source>
        <translation>空闲：无分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="278"/>
        <source>%1 · position %2 · committed %3 · end %4 · lag %5</source>
        <translation>%1 · 位置 %2 · 已提交 %3 · 末端 %4 · 滞后 %5</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="279"/>
        <source>no owner</source>
        <translation>无所有者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="285"/>
        <source>Last rebalance</source>
        <translation>上次再均衡</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="286"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="287"/>
        <source>Started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="288"/>
        <source>still running</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="289"/>
        <source>Generations</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="291"/>
        <source>revoked %1 · lost %2 · assigned %3</source>
        <translation>撤销 %1 · 丢失 %2 · 分配 %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="305"/>
        <source>Producer client on node %1</source>
        <translation>节点 %1 上的生产者客户端</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="306"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="308"/>
        <source>Records sent</source>
        <translation>已发送记录</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="309"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="310"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="311"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="312"/>
        <source>Batch retries</source>
        <translation>批次重试</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="316"/>
        <source>Configs</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="321"/>
        <source>Partitions written</source>
        <translation>写入的分区</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="324"/>
        <source>%1 record(s), %2 acknowledged, last %3</source>
        <translation>%1 条记录，%2 条已确认，最近 %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="331"/>
        <source>Background producer</source>
        <translation>后台生产者</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="332"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="333"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="334"/>
        <source>Records per send</source>
        <translation>每次发送记录数</translation>
    </message>
    <message>
        <location filename="../ui/inspector/inspector_content.cpp" line="335"/>
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
        <location filename="../ui/lessons/lesson_summary.cpp" line="52"/>
        <source>The cluster at the end of the lesson</source>
        <translation>课程结束时的集群</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="53"/>
        <source>The cluster at step %1 of %2</source>
        <translation>第 %1 步（共 %2 步）时的集群</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="57"/>
        <source>Your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="58"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="122"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="163"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="73"/>
        <source>Not answered. The answer: %1.</source>
        <translation>未作答。答案：%1。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="76"/>
        <source>✓ Your answer: %1. Right.</source>
        <translation>✓ 您的答案：%1。正确。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="78"/>
        <source>✗ Your answer: %1. The answer: %2.</source>
        <translation>✗ 您的答案：%1。正确答案：%2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="85"/>
        <source>Not done.</source>
        <translation>未完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="87"/>
        <source>not reached yet</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Predictions: %1 of %2 right.</source>
        <translation>预测：%2 个中答对 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="92"/>
        <source>Tasks done: %1 of %2.</source>
        <translation>已完成任务：%1 / %2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="96"/>
        <source>Key terms:</source>
        <translation>关键术语：</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="116"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="155"/>
        <location filename="../ui/lessons/lesson_summary.cpp" line="176"/>
        <source>Cannot write the lesson summary %1: %2</source>
        <translation>无法写入课程摘要 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_summary.cpp" line="140"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="13"/>
        <source>Acks and min.insync.replicas</source>
        <extracomment>acks-and-min-insync.lesson:2 (title)</extracomment>
        <translation>acks 与 min.insync.replicas</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="15"/>
        <source>acks decides when a write counts as delivered; min.insync.replicas decides how few in-sync copies acks=all accepts.</source>
        <extracomment>acks-and-min-insync.lesson:5 (summary)</extracomment>
        <translation>acks 决定一次写入何时算作已送达；min.insync.replicas 决定 acks=all 至少需要多少个同步副本才接受写入。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="17"/>
        <source>When is a record delivered?</source>
        <extracomment>acks-and-min-insync.lesson:14 (explain)</extracomment>
        <translation>记录何时算作已送达？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="19"/>
        <source>The broker acknowledges a record to the producer, but when? The producer&apos;s acks setting decides: acks=0: never asked, the producer just sends; acks=1: once the partition&apos;s leader has written it; acks=all (the default since Kafka 3.0): once every replica in the ISR, the in-sync replicas, has it.</source>
        <extracomment>acks-and-min-insync.lesson:15 (say)</extracomment>
        <translation>Broker 会向生产者确认一条记录，但在什么时候确认？由生产者的 acks 设置决定：acks=0：从不等待确认，生产者只管发送；acks=1：分区的领导者写入该记录后即确认；acks=all（自 Kafka 3.0 起为默认值）：ISR（即同步副本）中的每个副本都拥有该记录后才确认。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="21"/>
        <source>payments-0 has three replicas, and min.insync.replicas=2: the leader refuses acks=all writes when fewer than two replicas are in sync. So an acknowledged acks=all record is always on at least two brokers.</source>
        <extracomment>acks-and-min-insync.lesson:19 (say)</extracomment>
        <translation>payments-0 有三个副本，且 min.insync.replicas=2：当同步副本少于两个时，领导者会拒绝 acks=all 写入。因此，一条已确认的 acks=all 记录总是至少存在于两个 Broker 上。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="23"/>
        <source>Crash broker 2</source>
        <extracomment>acks-and-min-insync.lesson:25 (task)</extracomment>
        <translation>让 Broker 2 崩溃</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="25"/>
        <source>Take out one replica: select broker 2 and press K, or type &apos;broker kill 2&apos;.</source>
        <extracomment>acks-and-min-insync.lesson:26 (say)</extracomment>
        <translation>移除一个副本：选中 Broker 2 并按 K，或输入 &apos;broker kill 2&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="27"/>
        <source>Broker 3 crashes too</source>
        <extracomment>acks-and-min-insync.lesson:32 (run)</extracomment>
        <translation>Broker 3 也崩溃了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="29"/>
        <source>Now broker 3 fails as well. After broker.session.timeout.ms (9 s) the controller fences both and shrinks the ISR to the one broker left.</source>
        <extracomment>acks-and-min-insync.lesson:33 (say)</extracomment>
        <translation>现在 Broker 3 也发生了故障。经过 broker.session.timeout.ms（9 秒）后，控制器将两者隔离（fence），并把 ISR 收缩到仅剩的那一个 Broker。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="31"/>
        <source>One replica in sync, min.insync.replicas=2. Four acks=all records and three acks=1 records are sent. What happens?</source>
        <extracomment>acks-and-min-insync.lesson:41 (predict)</extracomment>
        <translation>只有一个副本处于同步状态，min.insync.replicas=2。发送了四条 acks=all 记录和三条 acks=1 记录。会发生什么？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="33"/>
        <source>All seven are written: the leader is up</source>
        <extracomment>acks-and-min-insync.lesson:42 (choice)</extracomment>
        <translation>七条全部写入：领导者仍在运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="35"/>
        <source>The three acks=1 records are written; the four acks=all are refused with NOT_ENOUGH_REPLICAS</source>
        <extracomment>acks-and-min-insync.lesson:43 (correct)</extracomment>
        <translation>三条 acks=1 记录被写入；四条 acks=all 记录被拒绝，返回 NOT_ENOUGH_REPLICAS</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="37"/>
        <source>Nothing is written: the partition is offline</source>
        <extracomment>acks-and-min-insync.lesson:44 (choice)</extracomment>
        <translation>什么都没有写入：分区已离线</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="39"/>
        <source>acks=1 needs only the leader. acks=all needs at least min.insync.replicas in-sync replicas; with one, the leader rejects those records before writing them, with NOT_ENOUGH_REPLICAS.</source>
        <extracomment>acks-and-min-insync.lesson:45 (why)</extracomment>
        <translation>acks=1 只需要领导者。acks=all 至少需要 min.insync.replicas 个同步副本；只有一个时，领导者会在写入之前就以 NOT_ENOUGH_REPLICAS 拒绝这些记录。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="41"/>
        <source>Send both kinds</source>
        <extracomment>acks-and-min-insync.lesson:49 (run)</extracomment>
        <translation>两种记录都发送</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="43"/>
        <source>Retries, then failure</source>
        <extracomment>acks-and-min-insync.lesson:58 (explain)</extracomment>
        <translation>重试，然后失败</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="45"/>
        <source>NOT_ENOUGH_REPLICAS is retriable: the producer keeps retrying until delivery.timeout.ms (2 minutes) has passed, then gives up and reports the failure to the application. Durability was chosen over availability: better refuse a payment than keep it on a single disk.</source>
        <extracomment>acks-and-min-insync.lesson:59 (say)</extracomment>
        <translation>NOT_ENOUGH_REPLICAS 是可重试的错误：生产者会一直重试，直到超过 delivery.timeout.ms（2 分钟），然后放弃并向应用程序报告失败。这里选择了持久性而非可用性：宁可拒绝一笔付款，也不要让它只保存在一块磁盘上。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="47"/>
        <source>Two minutes later</source>
        <extracomment>acks-and-min-insync.lesson:65 (run)</extracomment>
        <translation>两分钟后</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="49"/>
        <source>The brokers return</source>
        <extracomment>acks-and-min-insync.lesson:71 (run)</extracomment>
        <translation>Broker 恢复</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="51"/>
        <source>Brokers 2 and 3 restart, copy what they missed from broker 1 and rejoin the ISR; acks=all works again.</source>
        <extracomment>acks-and-min-insync.lesson:72 (say)</extracomment>
        <translation>Broker 2 和 3 重启，从 Broker 1 复制它们错过的内容，并重新加入 ISR；acks=all 又能正常工作了。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="53"/>
        <source>Brokers and the cluster</source>
        <extracomment>brokers.lesson:2 (title)</extracomment>
        <translation>Broker 与集群</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="55"/>
        <source>A broker is a server that stores partitions and answers clients; a cluster is several brokers and a controller quorum that keeps them in step.</source>
        <extracomment>brokers.lesson:5 (summary)</extracomment>
        <translation>Broker 是存储分区并响应客户端的服务器；集群由多个 Broker 和一个让它们保持协调一致的控制器仲裁组成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="57"/>
        <source>The post office</source>
        <extracomment>brokers.lesson:15 (explain)</extracomment>
        <translation>邮局</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="59"/>
        <source>A Kafka broker is a server. It stores records on its disk and answers the clients that write (producers) and read (consumers). Think of a post office: you hand in and pick up letters there, without caring how the sorting room inside is run.</source>
        <extracomment>brokers.lesson:16 (say)</extracomment>
        <translation>Kafka Broker 是一台服务器。它把记录存储在自己的磁盘上，并响应写入数据的客户端（生产者）和读取数据的客户端（消费者）。可以把它想象成邮局：你在那里寄信和取信，而不必关心里面的分拣室是如何运作的。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="61"/>
        <source>A cluster is several brokers working together: here brokers 1, 2 and 3.</source>
        <extracomment>brokers.lesson:20 (say)</extracomment>
        <translation>集群是多个协同工作的 Broker：这里是 Broker 1、2 和 3。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="63"/>
        <source>Who keeps the brokers in step</source>
        <extracomment>brokers.lesson:24 (explain)</extracomment>
        <translation>谁让 Broker 保持协调一致</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="65"/>
        <source>Since Kafka 4.0 a small quorum of controllers (101, 102 and 103 here) keeps the cluster&apos;s metadata: which brokers are alive, which topics exist, which broker leads each partition. One of them is the active controller; the others follow its metadata log.</source>
        <extracomment>brokers.lesson:25 (say)</extracomment>
        <translation>自 Kafka 4.0 起，由一个小型控制器仲裁（这里是 101、102 和 103）保存集群的元数据：哪些 Broker 存活、存在哪些主题、每个分区由哪个 Broker 领导。其中一个是活动控制器；其他控制器跟随它的元数据日志。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="67"/>
        <source>Sharing the work</source>
        <extracomment>brokers.lesson:35 (explain)</extracomment>
        <translation>分担工作</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="69"/>
        <source>The topic orders has three partitions, each copied to all three brokers. Every partition has one leader, the broker that takes its writes, and Kafka spreads the leaders over the brokers so that each does a share of the work.</source>
        <extracomment>brokers.lesson:36 (say)</extracomment>
        <translation>主题 orders 有三个分区，每个分区都复制到全部三个 Broker 上。每个分区有一个领导者，即接收其写入的 Broker；Kafka 会把各分区的领导者分散到各个 Broker 上，让每个 Broker 分担一部分工作。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="71"/>
        <source>A broker crashes. What happens to the cluster?</source>
        <extracomment>brokers.lesson:45 (predict)</extracomment>
        <translation>一个 Broker 崩溃了。集群会怎样？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="73"/>
        <source>Everything stops until the broker comes back</source>
        <extracomment>brokers.lesson:46 (choice)</extracomment>
        <translation>一切都停止，直到该 Broker 恢复</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="75"/>
        <source>The other brokers carry on; the crashed broker&apos;s partitions get new leaders</source>
        <extracomment>brokers.lesson:47 (correct)</extracomment>
        <translation>其他 Broker 继续运行；崩溃的 Broker 所领导的分区获得新的领导者</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="77"/>
        <source>Nothing at all: clients never noticed which broker they used</source>
        <extracomment>brokers.lesson:48 (choice)</extracomment>
        <translation>完全没有影响：客户端根本不知道自己用的是哪个 Broker</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="79"/>
        <source>The controller notices the missing heartbeats after broker.session.timeout.ms (9 s), fences the broker and elects new leaders from the in-sync replicas on the other brokers.</source>
        <extracomment>brokers.lesson:49 (why)</extracomment>
        <translation>控制器在 broker.session.timeout.ms（9 秒）后发现心跳缺失，将该 Broker 隔离，并从其他 Broker 上的同步副本中选出新的领导者。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="81"/>
        <source>Crash broker 1</source>
        <extracomment>brokers.lesson:53 (task)</extracomment>
        <translation>让 Broker 1 崩溃</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="83"/>
        <source>Select broker 1 and press K (Faults → Kill), or type &apos;broker kill 1&apos;.</source>
        <extracomment>brokers.lesson:54 (say)</extracomment>
        <translation>选中 Broker 1 并按 K（故障 → 终止），或输入 &apos;broker kill 1&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="85"/>
        <source>The controller takes over</source>
        <extracomment>brokers.lesson:60 (run)</extracomment>
        <translation>控制器接管</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="87"/>
        <source>Watch the controller fence broker 1 and move its leaderships.</source>
        <extracomment>brokers.lesson:61 (say)</extracomment>
        <translation>观察控制器如何隔离 Broker 1 并转移它的领导权。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="89"/>
        <source>Why nothing was lost</source>
        <extracomment>brokers.lesson:69 (explain)</extracomment>
        <translation>为什么没有丢失任何数据</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="91"/>
        <source>Every partition was on all three brokers, so the two left still have every record. The cluster runs on with two brokers; the partitions are under-replicated until broker 1 returns.</source>
        <extracomment>brokers.lesson:70 (say)</extracomment>
        <translation>每个分区都位于全部三个 Broker 上，所以剩下的两个 Broker 仍然拥有每一条记录。集群以两个 Broker 继续运行；在 Broker 1 恢复之前，这些分区处于副本不足（under-replicated）状态。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="93"/>
        <source>Consumer groups and rebalancing: eager vs cooperative</source>
        <extracomment>consumer-groups.lesson:3 (title)</extracomment>
        <translation>消费者组与再平衡：eager 与协作式（cooperative）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="95"/>
        <source>A group shares a topic&apos;s partitions among its members, one reader per partition; when members come or go it rebalances, eagerly (everyone stops) or cooperatively (only moved partitions stop).</source>
        <extracomment>consumer-groups.lesson:6 (summary)</extracomment>
        <translation>消费者组在其成员之间分配主题的分区，每个分区只有一个读取者；当有成员加入或离开时，组会进行再平衡：eager 方式（所有成员都停止）或协作式（只有被转移的分区停止）。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="97"/>
        <source>Working together</source>
        <extracomment>consumer-groups.lesson:17 (explain)</extracomment>
        <translation>协同工作</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="99"/>
        <source>A consumer group is a set of consumers with the same group.id that share the work of reading a topic. Kafka makes sure each partition is read by only one member of the group; a group with more members than partitions leaves the extra ones idle. Different groups read the same topic independently, each with its own offsets.</source>
        <extracomment>consumer-groups.lesson:18 (say)</extracomment>
        <translation>消费者组是一组具有相同 group.id、共同分担读取某个主题工作的消费者。Kafka 确保每个分区只被组内的一个成员读取；如果组的成员多于分区，多出的成员就会空闲。不同的组彼此独立地读取同一个主题，各自拥有自己的偏移量。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="101"/>
        <source>The group coordinator (a broker) keeps the membership; the group&apos;s leader, one of the consumers, computes the assignment with the assignor.</source>
        <extracomment>consumer-groups.lesson:23 (say)</extracomment>
        <translation>组协调器（一个 Broker）负责维护成员关系；组的领导者（其中一个消费者）使用分配器计算分区分配方案。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="103"/>
        <source>Two groups of two</source>
        <extracomment>consumer-groups.lesson:27 (run)</extracomment>
        <translation>两个各有两名成员的组</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="105"/>
        <source>eager-group uses the sticky assignor (eager protocol); coop-group uses cooperative-sticky (KIP-429). Both read clicks.</source>
        <extracomment>consumer-groups.lesson:28 (say)</extracomment>
        <translation>eager-group 使用 sticky 分配器（eager 协议）；coop-group 使用 cooperative-sticky（KIP-429）。两个组都读取 clicks。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="107"/>
        <source>Three partitions each</source>
        <extracomment>consumer-groups.lesson:42 (explain)</extracomment>
        <translation>每个成员三个分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="109"/>
        <source>Each member owns three of the six partitions. Both groups read all 300 records: independently.</source>
        <extracomment>consumer-groups.lesson:43 (say)</extracomment>
        <translation>每个成员拥有六个分区中的三个。两个组都读取了全部 300 条记录：彼此独立。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="111"/>
        <source>A third consumer joins each group. How many partitions are revoked in each group?</source>
        <extracomment>consumer-groups.lesson:47 (predict)</extracomment>
        <translation>每个组都加入了第三个消费者。每个组中有多少个分区被撤销？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="113"/>
        <source>Two in each: only the ones that move</source>
        <extracomment>consumer-groups.lesson:48 (choice)</extracomment>
        <translation>每组两个：只撤销要转移的分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="115"/>
        <source>Six in the eager group, two in the cooperative group</source>
        <extracomment>consumer-groups.lesson:49 (correct)</extracomment>
        <translation>eager 组六个，协作式组两个</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="117"/>
        <source>Six in each: every rebalance stops everyone</source>
        <extracomment>consumer-groups.lesson:50 (choice)</extracomment>
        <translation>每组六个：每次再平衡都会让所有成员停止</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="119"/>
        <source>With the eager protocol every member gives up all its partitions before rejoining (6 revoked), then gets them back minus what moves: the whole group stops reading for a moment. The cooperative protocol revokes only the partitions that move to the new member (2), in a second rebalance; the others keep reading throughout.</source>
        <extracomment>consumer-groups.lesson:51 (why)</extracomment>
        <translation>在 eager 协议下，每个成员在重新加入之前都会放弃其所有分区（撤销 6 个），然后再拿回除被转移部分以外的分区：整个组会短暂停止读取。协作式协议只撤销要转移给新成员的分区（2 个），并在第二轮再平衡中完成转移；其他分区在整个过程中持续被读取。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="121"/>
        <source>Add a consumer to each group</source>
        <extracomment>consumer-groups.lesson:57 (task)</extracomment>
        <translation>为每个组添加一个消费者</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="123"/>
        <source>Cluster → Add consumer…: add e3 to eager-group (assignor sticky) and k3 to coop-group (assignor cooperative-sticky), reading clicks from the earliest offset.</source>
        <extracomment>consumer-groups.lesson:58 (say)</extracomment>
        <translation>集群 → 添加消费者…：将 e3 添加到 eager-group（分配器 sticky），将 k3 添加到 coop-group（分配器 cooperative-sticky），从最早的偏移量开始读取 clicks。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="125"/>
        <source>Settle</source>
        <extracomment>consumer-groups.lesson:68 (run)</extracomment>
        <translation>等待稳定</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="127"/>
        <source>Switching to cooperative</source>
        <extracomment>consumer-groups.lesson:76 (explain)</extracomment>
        <translation>切换到协作式</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="129"/>
        <source>By default (partition.assignment.strategy, Kafka 3.0 and later) consumers offer range first and cooperative-sticky second, so a group still uses range, eagerly. Removing range in a rolling restart switches the group to cooperative rebalancing: big groups then rebalance without stopping the world. Static membership (group.instance.id, KIP-345) avoids rebalances for a restart within session.timeout.ms.</source>
        <extracomment>consumer-groups.lesson:77 (say)</extracomment>
        <translation>默认情况下（partition.assignment.strategy，Kafka 3.0 及以后），消费者首选 range，其次是 cooperative-sticky，因此组仍然使用 range，以 eager 方式再平衡。通过滚动重启移除 range 后，组会切换到协作式再平衡：此后大型组再平衡时无需让所有成员停下工作。静态成员资格（group.instance.id，KIP-345）可以避免在 session.timeout.ms 内完成的重启触发再平衡。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="131"/>
        <source>Consumers, offsets and commits: at-least-once vs at-most-once</source>
        <extracomment>consumers-and-commits.lesson:2 (title)</extracomment>
        <translation>消费者、偏移量与提交：at-least-once 与 at-most-once</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="133"/>
        <source>A consumer&apos;s offset is a bookmark; committing it after processing repeats records after a crash (at-least-once), committing before loses them (at-most-once).</source>
        <extracomment>consumers-and-commits.lesson:5 (summary)</extracomment>
        <translation>消费者的偏移量就像书签；在处理之后提交，崩溃后会重复处理记录（at-least-once）；在处理之前提交，则会丢失记录（at-most-once）。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="135"/>
        <source>The bookmark</source>
        <extracomment>consumers-and-commits.lesson:16 (explain)</extracomment>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="137"/>
        <source>A consumer reads a partition from some offset on, in order, in batches it gets from poll(). It keeps its position (the next offset to read) and, now and then, commits an offset to its consumer group, which Kafka stores in the internal topic __consumer_offsets.</source>
        <extracomment>consumers-and-commits.lesson:17 (say)</extracomment>
        <translation>消费者从某个偏移量开始，按顺序读取一个分区，每次通过 poll() 获取一批记录。它会记住自己的位置（下一个要读取的偏移量），并不时向其消费者组提交一个偏移量，Kafka 将其存储在内部主题 __consumer_offsets 中。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="139"/>
        <source>The committed offset is like a bookmark in your Netflix show: after a crash or a restart, the group starts again where the bookmark is, not where the consumer had got to.</source>
        <extracomment>consumers-and-commits.lesson:21 (say)</extracomment>
        <translation>已提交的偏移量就像你在 Netflix 上追剧时的书签：崩溃或重启后，组会从书签所在的位置重新开始，而不是从消费者之前读到的位置开始。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="141"/>
        <source>Two groups, two ways to commit</source>
        <extracomment>consumers-and-commits.lesson:27 (run)</extracomment>
        <translation>两个组，两种提交方式</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="143"/>
        <source>Group at-least-once commits after processing each batch of 10 records; group at-most-once commits right after poll, before processing. Each record takes 500 ms to process. Each group has a spare consumer that idles: one partition, one reader per group.</source>
        <extracomment>consumers-and-commits.lesson:28 (say)</extracomment>
        <translation>组 at-least-once 在处理完每批 10 条记录后提交；组 at-most-once 在 poll 之后、处理之前立即提交。每条记录的处理耗时 500 毫秒。每个组都有一个空闲的备用消费者：一个分区，每组只有一个读取者。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="145"/>
        <source>Both readers crash in the middle of a batch. What does each group do afterwards?</source>
        <extracomment>consumers-and-commits.lesson:40 (predict)</extracomment>
        <translation>两个读取者都在处理一批记录的中途崩溃。之后每个组会怎样？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="147"/>
        <source>at-least-once processes some records twice; at-most-once never processes some at all</source>
        <extracomment>consumers-and-commits.lesson:41 (correct)</extracomment>
        <translation>at-least-once 会把一些记录处理两次；at-most-once 会有一些记录根本没有被处理</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="149"/>
        <source>Both carry on exactly where they stopped</source>
        <extracomment>consumers-and-commits.lesson:42 (choice)</extracomment>
        <translation>两者都准确地从停下的地方继续</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="151"/>
        <source>Both process some records twice</source>
        <extracomment>consumers-and-commits.lesson:43 (choice)</extracomment>
        <translation>两者都会把一些记录处理两次</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="153"/>
        <source>at-least-once&apos;s bookmark is still at the start of the unfinished batch, so the spare reads it again: duplicates. at-most-once had already moved its bookmark past the batch before processing it, so the spare starts after it: those records are skipped.</source>
        <extracomment>consumers-and-commits.lesson:44 (why)</extracomment>
        <translation>at-least-once 的书签仍停在未完成批次的开头，所以备用消费者会再读一遍：产生重复。at-most-once 在处理该批次之前就已经把书签移到了批次之后，所以备用消费者从批次之后开始：这些记录被跳过了。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="155"/>
        <source>Crash both readers</source>
        <extracomment>consumers-and-commits.lesson:49 (task)</extracomment>
        <translation>让两个读取者都崩溃</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="157"/>
        <source>Select consumer first-a and press K (a crash: nothing is committed), then the same for first-b; or type &apos;consumer kill first-a&apos; and &apos;consumer kill first-b&apos;. The step is done when both groups&apos; coordinators have noticed (session.timeout.ms, 10 s here).</source>
        <extracomment>consumers-and-commits.lesson:50 (say)</extracomment>
        <translation>选中消费者 first-a 并按 K（崩溃：不会提交任何内容），然后对 first-b 执行相同操作；或者输入 &apos;consumer kill first-a&apos; 和 &apos;consumer kill first-b&apos;。当两个组的协调器都察觉到（session.timeout.ms，这里是 10 秒）时，此步骤完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="159"/>
        <source>The spares take over</source>
        <extracomment>consumers-and-commits.lesson:61 (run)</extracomment>
        <translation>备用消费者接管</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="161"/>
        <source>Which to choose</source>
        <extracomment>consumers-and-commits.lesson:71 (explain)</extracomment>
        <translation>如何选择</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="163"/>
        <source>Commit after processing (at-least-once) when losing a record is worse than handling it twice, and make processing idempotent. Commit before (at-most-once) only when a lost record does not matter. Kafka&apos;s default, enable.auto.commit=true every 5 s, is at-least-once as long as poll is called only after the previous batch is processed. Exactly-once needs transactions.</source>
        <extracomment>consumers-and-commits.lesson:72 (say)</extracomment>
        <translation>如果丢失一条记录比处理两次更糟糕，就在处理之后提交（at-least-once），并让处理具有幂等性。只有在丢失记录无关紧要时，才在处理之前提交（at-most-once）。Kafka 的默认设置是 enable.auto.commit=true，每 5 秒自动提交一次；只要在上一批记录处理完之后才调用 poll，它就是 at-least-once。恰好一次（exactly-once）需要使用事务。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="165"/>
        <source>End to end: producer → topic → partition → consumer group</source>
        <extracomment>end-to-end.lesson:2 (title)</extracomment>
        <translation>端到端：生产者 → 主题 → 分区 → 消费者组</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="167"/>
        <source>Follow one login event from the producer through its partition, the replication to followers, and the consumer group that reads it and commits its offset.</source>
        <extracomment>end-to-end.lesson:5 (summary)</extracomment>
        <translation>跟随一个登录事件：从生产者出发，经过它所在的分区、到追随者的复制，再到读取它并提交其偏移量的消费者组。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="169"/>
        <source>The path</source>
        <extracomment>end-to-end.lesson:15 (explain)</extracomment>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="171"/>
        <source>A producer sends a message to a topic. Kafka puts it in one of the topic&apos;s partitions, on the broker that leads that partition, which writes it to disk. Followers copy it. A consumer group subscribes to the topic; the consumer that owns the partition polls the message, processes it, and commits its offset.</source>
        <extracomment>end-to-end.lesson:16 (say)</extracomment>
        <translation>生产者向主题发送一条消息。Kafka 将它放入该主题的某个分区，存放在领导该分区的 Broker 上，由该 Broker 将其写入磁盘。追随者复制这条消息。消费者组订阅该主题；拥有该分区的消费者通过 poll 获取这条消息、处理它，并提交其偏移量。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="173"/>
        <source>The event is sent with key 123. Which partition gets it?</source>
        <extracomment>end-to-end.lesson:23 (predict)</extracomment>
        <translation>该事件以键 123 发送。哪个分区会接收它？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="175"/>
        <source>Always the same one: murmur2 of the key, modulo 2</source>
        <extracomment>end-to-end.lesson:24 (correct)</extracomment>
        <translation>总是同一个：键的 murmur2 哈希值对 2 取模</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="177"/>
        <source>The next one in turn (round-robin)</source>
        <extracomment>end-to-end.lesson:25 (choice)</extracomment>
        <translation>轮到的下一个分区（轮询）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="179"/>
        <source>The one on the least busy broker</source>
        <extracomment>end-to-end.lesson:26 (choice)</extracomment>
        <translation>位于最空闲 Broker 上的那个分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="181"/>
        <source>A key picks the partition by hash, so every event of user 123 lands in one partition, in order.</source>
        <extracomment>end-to-end.lesson:27 (why)</extracomment>
        <translation>键通过哈希选择分区，因此用户 123 的每个事件都会按顺序落在同一个分区中。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="183"/>
        <source>Step 1 to 4: send, assign a partition, store, replicate</source>
        <extracomment>end-to-end.lesson:30 (run)</extracomment>
        <translation>第 1 到 4 步：发送、分配分区、存储、复制</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="185"/>
        <source>The producer sends the JSON event with key 123 and acks=all: the leader writes it, both followers fetch it, and only then is it acknowledged.</source>
        <extracomment>end-to-end.lesson:31 (say)</extracomment>
        <translation>生产者以键 123 和 acks=all 发送这个 JSON 事件：领导者写入它，两个追随者拉取它，之后它才被确认。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="187"/>
        <source>Stored and replicated</source>
        <extracomment>end-to-end.lesson:40 (explain)</extracomment>
        <translation>已存储并已复制</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="189"/>
        <source>The event is at offset 0 of user-events-1, on all three brokers. The leader moved the high watermark to 1 once every in-sync replica had it: consumers can now read it.</source>
        <extracomment>end-to-end.lesson:41 (say)</extracomment>
        <translation>该事件位于 user-events-1 的偏移量 0，存在于全部三个 Broker 上。一旦每个同步副本都拥有了它，领导者就把 high watermark 移到 1：消费者现在可以读取它了。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="191"/>
        <source>A consumer group with two consumers subscribes. Who reads user-events-1?</source>
        <extracomment>end-to-end.lesson:47 (predict)</extracomment>
        <translation>一个有两个消费者的消费者组订阅了该主题。谁来读取 user-events-1？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="193"/>
        <source>Both consumers, each a copy</source>
        <extracomment>end-to-end.lesson:48 (choice)</extracomment>
        <translation>两个消费者都读，各得一份</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="195"/>
        <source>Exactly one of them</source>
        <extracomment>end-to-end.lesson:49 (correct)</extracomment>
        <translation>恰好其中一个</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="197"/>
        <source>Whichever asks first, record by record</source>
        <extracomment>end-to-end.lesson:50 (choice)</extracomment>
        <translation>谁先请求就归谁，逐条记录决定</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="199"/>
        <source>Within a group each partition has one owner. With two partitions and two consumers, each owns one.</source>
        <extracomment>end-to-end.lesson:51 (why)</extracomment>
        <translation>在一个组内，每个分区只有一个拥有者。有两个分区和两个消费者时，每个消费者拥有一个分区。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="201"/>
        <source>Step 5 to 7: subscribe, poll, commit</source>
        <extracomment>end-to-end.lesson:54 (run)</extracomment>
        <translation>第 5 到 7 步：订阅、poll、提交</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="203"/>
        <source>The bookmark moves on</source>
        <extracomment>end-to-end.lesson:64 (explain)</extracomment>
        <translation>书签向前移动</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="205"/>
        <source>The owner of user-events-1 polled the event, processed it and committed offset 1: the next record it wants. Another group, say billing, could read the same event independently, with its own offsets.</source>
        <extracomment>end-to-end.lesson:65 (say)</extracomment>
        <translation>user-events-1 的拥有者通过 poll 获取了该事件，处理后提交了偏移量 1：即它要读取的下一条记录。另一个组，比如 billing，可以独立地读取同一个事件，并拥有自己的偏移量。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="207"/>
        <source>Send more events</source>
        <extracomment>end-to-end.lesson:71 (task)</extracomment>
        <translation>发送更多事件</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="209"/>
        <source>Now send more: type &apos;produce user-events key=123 value=logout count=5&apos; in the command line (Ctrl+K). The step is done when the group has processed six events.</source>
        <extracomment>end-to-end.lesson:72 (say)</extracomment>
        <translation>现在发送更多事件：在命令行（Ctrl+K）中输入 &apos;produce user-events key=123 value=logout count=5&apos;。当组处理完六个事件时，此步骤完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="211"/>
        <source>All of it</source>
        <extracomment>end-to-end.lesson:78 (explain)</extracomment>
        <translation>完整流程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="213"/>
        <source>The same path for every event: the key chose user-events-1 each time, so user 123&apos;s events stayed in order, and the group read them all exactly once in order.</source>
        <extracomment>end-to-end.lesson:79 (say)</extracomment>
        <translation>每个事件都走同样的路径：键每次都选择了 user-events-1，因此用户 123 的事件保持有序，而组按顺序把它们全部读取了恰好一次。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="215"/>
        <source>Producers: keys, round-robin and sticky, hot partitions</source>
        <extracomment>producers-and-keys.lesson:3 (title)</extracomment>
        <translation>生产者：键、轮询（round-robin）与粘性（sticky）分区、热点分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="217"/>
        <source>The producer picks each record&apos;s partition: by the key&apos;s hash, or without a key by the sticky (default) or round-robin partitioner; one busy key makes a hot partition.</source>
        <extracomment>producers-and-keys.lesson:6 (summary)</extracomment>
        <translation>生产者为每条记录选择分区：有键时按键的哈希值选择；没有键时由粘性（sticky，默认）或轮询（round-robin）分区器选择；一个繁忙的键会造成热点分区。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="219"/>
        <source>The producer chooses the partition</source>
        <extracomment>producers-and-keys.lesson:15 (explain)</extracomment>
        <translation>由生产者选择分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="221"/>
        <source>A producer, say a service that pushes website clicks or orders, writes to a topic. For every record it chooses one partition. With a key, Kafka&apos;s producer hashes the key (murmur2) and takes it modulo the number of partitions: the same key always lands in the same partition, so all the records of one customer stay in order.</source>
        <extracomment>producers-and-keys.lesson:16 (say)</extracomment>
        <translation>生产者（比如推送网站点击或订单的服务）向主题写入数据。它为每条记录选择一个分区。有键时，Kafka 的生产者对键进行哈希（murmur2），再对分区数取模：相同的键总是落在同一个分区中，因此同一个客户的所有记录都保持有序。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="223"/>
        <source>Alice places 5 orders, then 2 more. Where do the last 2 go?</source>
        <extracomment>producers-and-keys.lesson:23 (predict)</extracomment>
        <translation>Alice 下了 5 个订单，之后又下了 2 个。最后 2 个去往哪里？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="225"/>
        <source>To whichever partition is least busy</source>
        <extracomment>producers-and-keys.lesson:24 (choice)</extracomment>
        <translation>去往最空闲的分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="227"/>
        <source>To the same partition as her first 5</source>
        <extracomment>producers-and-keys.lesson:25 (correct)</extracomment>
        <translation>与她的前 5 个订单去往同一个分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="229"/>
        <source>One to each of two other partitions</source>
        <extracomment>producers-and-keys.lesson:26 (choice)</extracomment>
        <translation>分别去往另外两个分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="231"/>
        <source>The partition is murmur2(key) modulo the partition count: it depends only on the key (and on the number of partitions), so every alice record goes to the same partition.</source>
        <extracomment>producers-and-keys.lesson:27 (why)</extracomment>
        <translation>分区 = murmur2(key) 对分区数取模：它只取决于键（以及分区数量），因此 alice 的每条记录都会进入同一个分区。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="233"/>
        <source>Orders with keys</source>
        <extracomment>producers-and-keys.lesson:31 (run)</extracomment>
        <translation>带键的订单</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="235"/>
        <source>A hot partition</source>
        <extracomment>producers-and-keys.lesson:44 (explain)</extracomment>
        <translation>热点分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="237"/>
        <source>alice and bob both hash to orders-0: it holds 10 records, the others 4 and 2. If one key is much busier than the rest (one huge customer, one popular product), its partition gets far more traffic than the others: a hot partition. Adding partitions does not help it; a better key (or a key with more spread) does.</source>
        <extracomment>producers-and-keys.lesson:45 (say)</extracomment>
        <translation>alice 和 bob 的哈希结果都落在 orders-0：它有 10 条记录，其他分区分别有 4 条和 2 条。如果某个键比其他键繁忙得多（一个超大客户、一件热门商品），它所在的分区获得的流量就会远多于其他分区：这就是热点分区。增加分区对它没有帮助；换一个更好的键（或分布更分散的键）才有用。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="239"/>
        <source>No key: sticky</source>
        <extracomment>producers-and-keys.lesson:53 (explain)</extracomment>
        <translation>无键：粘性分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="241"/>
        <source>Without a key, Kafka&apos;s producer (since 2.4, and uniformly since 3.3) uses the sticky partitioner: it fills a whole batch for one partition, sends it, then switches to another. Fewer, fuller batches mean less overhead. Over time the partitions even out.</source>
        <extracomment>producers-and-keys.lesson:54 (say)</extracomment>
        <translation>没有键时，Kafka 的生产者（自 2.4 起，并自 3.3 起全面统一）使用粘性分区器（sticky partitioner）：它先为一个分区填满整个批次并发送出去，再切换到另一个分区。批次更少、更满，开销就更小。随着时间推移，各分区的数据量会趋于均衡。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="243"/>
        <source>Twenty clicks without a key are sent at once with the sticky partitioner. Where do they go?</source>
        <extracomment>producers-and-keys.lesson:59 (predict)</extracomment>
        <translation>使用粘性分区器一次性发送二十个不带键的点击事件。它们会去往哪里？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="245"/>
        <source>All twenty into one partition, in one batch</source>
        <extracomment>producers-and-keys.lesson:60 (correct)</extracomment>
        <translation>二十个全部在同一个批次中进入同一个分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="247"/>
        <source>Seven, seven and six over the three partitions</source>
        <extracomment>producers-and-keys.lesson:61 (choice)</extracomment>
        <translation>七个、七个、六个，分布在三个分区上</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="249"/>
        <source>Always to orders-0</source>
        <extracomment>producers-and-keys.lesson:62 (choice)</extracomment>
        <translation>总是进入 orders-0</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="251"/>
        <source>The records fit in one batch (batch.size 16384 bytes), and the sticky partitioner sends a whole batch to one partition; the next batch may go elsewhere.</source>
        <extracomment>producers-and-keys.lesson:63 (why)</extracomment>
        <translation>这些记录可以装进一个批次（batch.size 为 16384 字节），而粘性分区器会把整个批次发送到一个分区；下一个批次可能去往别的分区。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="253"/>
        <source>Twenty clicks, sticky</source>
        <extracomment>producers-and-keys.lesson:67 (run)</extracomment>
        <translation>二十个点击，粘性分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="255"/>
        <source>Thirty clicks, round-robin</source>
        <extracomment>producers-and-keys.lesson:75 (run)</extracomment>
        <translation>三十个点击，轮询</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="257"/>
        <source>Before Kafka 2.4 records without a key went round-robin; Kafka still ships that as partitioner.class=RoundRobinPartitioner: each record gets the next partition in turn.</source>
        <extracomment>producers-and-keys.lesson:76 (say)</extracomment>
        <translation>在 Kafka 2.4 之前，不带键的记录采用轮询方式分配；Kafka 仍以 partitioner.class=RoundRobinPartitioner 的形式提供这种方式：每条记录依次分配到下一个分区。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="259"/>
        <source>Choosing</source>
        <extracomment>producers-and-keys.lesson:86 (explain)</extracomment>
        <translation>如何选择</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="261"/>
        <source>Use a key when order per entity matters; skip the key when it does not, and the sticky partitioner spreads the load in efficient batches. Either way, a record&apos;s offset is only meaningful within its partition.</source>
        <extracomment>producers-and-keys.lesson:87 (say)</extracomment>
        <translation>当需要按实体保持顺序时，就使用键；不需要时就不用键，粘性分区器会以高效的批次分散负载。无论哪种方式，记录的偏移量都只在其所在的分区内才有意义。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="263"/>
        <source>Replication, ISR and leader failover: clean vs unclean</source>
        <extracomment>replication-and-failover.lesson:3 (title)</extracomment>
        <translation>复制、ISR 与领导者故障转移：干净选举与非干净（unclean）选举</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="265"/>
        <source>Each partition has a leader and followers that copy it; the in-sync replicas (ISR) are the ones a new leader may come from, unless unclean leader election trades lost records for availability.</source>
        <extracomment>replication-and-failover.lesson:6 (summary)</extracomment>
        <translation>每个分区都有一个领导者和若干复制它的追随者；新的领导者只能来自同步副本（ISR），除非启用非干净（unclean）领导者选举，以丢失记录为代价换取可用性。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="267"/>
        <source>Leader and followers</source>
        <extracomment>replication-and-failover.lesson:20 (explain)</extracomment>
        <translation>领导者与追随者</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="269"/>
        <source>Kafka copies every partition to several brokers, here three (rf=3). One replica is the leader: producers write to it, and consumers read from it (KIP-392 lets a consumer read from a follower in its own rack instead). The others are followers: they keep fetching the leader&apos;s new records.</source>
        <extracomment>replication-and-failover.lesson:21 (say)</extracomment>
        <translation>Kafka 把每个分区复制到多个 Broker 上，这里是三个（rf=3）。其中一个副本是领导者：生产者向它写入，消费者从它读取（KIP-392 允许消费者改为从自己机架内的追随者读取）。其他副本是追随者：它们不断从领导者拉取新记录。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="271"/>
        <source>The followers that have caught up form the ISR, the in-sync replicas, together with the leader. The high watermark (HW) is the offset every in-sync replica has; consumers read only up to it.</source>
        <extracomment>replication-and-failover.lesson:25 (say)</extracomment>
        <translation>已经追上的追随者与领导者一起组成 ISR，即同步副本（in-sync replicas）。high watermark（HW，高水位）是每个同步副本都已拥有的偏移量；消费者只能读取到这个位置为止。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="273"/>
        <source>Broker 1, the leader of orders-0, crashes. What happens to orders-0?</source>
        <extracomment>replication-and-failover.lesson:33 (predict)</extracomment>
        <translation>orders-0 的领导者 Broker 1 崩溃了。orders-0 会怎样？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="275"/>
        <source>It stays offline until broker 1 comes back</source>
        <extracomment>replication-and-failover.lesson:34 (choice)</extracomment>
        <translation>它保持离线，直到 Broker 1 恢复</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="277"/>
        <source>Broker 2 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:35 (correct)</extracomment>
        <translation>Broker 2 成为领导者，拥有全部 10 条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="279"/>
        <source>Broker 3 becomes the leader, with all 10 records</source>
        <extracomment>replication-and-failover.lesson:36 (choice)</extracomment>
        <translation>Broker 3 成为领导者，拥有全部 10 条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="281"/>
        <source>The controller elects the first replica in the replica list [1, 2, 3] that is alive and in the ISR: broker 2. Being in the ISR, it has every acknowledged record. That is a clean election.</source>
        <extracomment>replication-and-failover.lesson:37 (why)</extracomment>
        <translation>控制器从副本列表 [1, 2, 3] 中选出第一个存活且在 ISR 中的副本：Broker 2。由于它在 ISR 中，它拥有每一条已确认的记录。这就是一次干净选举。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="283"/>
        <source>Kill the leader of orders-0</source>
        <extracomment>replication-and-failover.lesson:41 (task)</extracomment>
        <translation>终止 orders-0 的领导者</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="285"/>
        <source>Select broker 1, the leader of orders-0, and press K; or type &apos;broker kill 1&apos;.</source>
        <extracomment>replication-and-failover.lesson:42 (say)</extracomment>
        <translation>选中 Broker 1（orders-0 的领导者）并按 K；或输入 &apos;broker kill 1&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="287"/>
        <source>A clean failover</source>
        <extracomment>replication-and-failover.lesson:48 (explain)</extracomment>
        <translation>一次干净的故障转移</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="289"/>
        <source>The controller waited for broker 1&apos;s heartbeats for broker.session.timeout.ms (9 s), fenced it, elected broker 2 and removed broker 1 from the ISR. Nothing acknowledged was lost.</source>
        <extracomment>replication-and-failover.lesson:49 (say)</extracomment>
        <translation>控制器等待 Broker 1 的心跳达 broker.session.timeout.ms（9 秒）之久，随后将其隔离，选出 Broker 2，并把 Broker 1 从 ISR 中移除。没有丢失任何已确认的数据。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="291"/>
        <source>Broker 1 returns, broker 3 falls behind</source>
        <extracomment>replication-and-failover.lesson:57 (run)</extracomment>
        <translation>Broker 1 恢复，Broker 3 落后</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="293"/>
        <source>Broker 1 restarts and rejoins as a follower. Then broker 3 loses its link to the leader: once it has not caught up for replica.lag.time.max.ms (30 s; the leader looks every 15 s), the leader drops it from the ISR. Twenty more records are acknowledged by brokers 1 and 2 alone (min.insync.replicas=2 is met).</source>
        <extracomment>replication-and-failover.lesson:58 (say)</extracomment>
        <translation>Broker 1 重启，并以追随者身份重新加入。随后 Broker 3 与领导者的连接中断：一旦它在 replica.lag.time.max.ms（30 秒；领导者每 15 秒检查一次）内都没有追上，领导者就把它从 ISR 中移除。又有二十条记录仅由 Broker 1 和 2 确认（满足 min.insync.replicas=2）。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="295"/>
        <source>Brokers 1 and 2 both crash. Only broker 3, out of sync, is alive. What happens?</source>
        <extracomment>replication-and-failover.lesson:73 (predict)</extracomment>
        <translation>Broker 1 和 2 都崩溃了。只有未同步的 Broker 3 还存活。会发生什么？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="297"/>
        <source>orders-0 goes offline: no in-sync replica is left to lead</source>
        <extracomment>replication-and-failover.lesson:74 (correct)</extracomment>
        <translation>orders-0 离线：已没有可以担任领导者的同步副本</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="299"/>
        <source>Broker 3 leads, with all 30 records</source>
        <extracomment>replication-and-failover.lesson:75 (choice)</extracomment>
        <translation>Broker 3 成为领导者，拥有全部 30 条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="301"/>
        <source>Broker 3 leads, with only the first 10 records</source>
        <extracomment>replication-and-failover.lesson:76 (choice)</extracomment>
        <translation>Broker 3 成为领导者，但只有前 10 条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="303"/>
        <source>unclean.leader.election.enable is false by default: Kafka would rather have no leader than one that lacks acknowledged records. The partition waits for broker 1 or 2.</source>
        <extracomment>replication-and-failover.lesson:77 (why)</extracomment>
        <translation>unclean.leader.election.enable 默认为 false：Kafka 宁可没有领导者，也不要一个缺少已确认记录的领导者。该分区会等待 Broker 1 或 2 恢复。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="305"/>
        <source>Both in-sync replicas crash</source>
        <extracomment>replication-and-failover.lesson:81 (run)</extracomment>
        <translation>两个同步副本都崩溃</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="307"/>
        <source>Allow an unclean election</source>
        <extracomment>replication-and-failover.lesson:88 (run)</extracomment>
        <translation>允许非干净（unclean）选举</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="309"/>
        <source>Now allow it for this topic: the controller elects broker 3, the only live replica. It has only the first 10 records: the 20 acknowledged later are gone (the event log says which).</source>
        <extracomment>replication-and-failover.lesson:89 (say)</extracomment>
        <translation>现在为这个主题允许非干净选举：控制器选出 Broker 3，即唯一存活的副本。它只有前 10 条记录：之后确认的 20 条已经丢失（事件日志会列出是哪些）。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="311"/>
        <source>Availability or durability</source>
        <extracomment>replication-and-failover.lesson:97 (explain)</extracomment>
        <translation>可用性还是持久性</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="313"/>
        <source>A clean election never loses an acknowledged record but may leave a partition offline; an unclean one keeps it available but may lose records. Kafka&apos;s default is clean. rf=3 with min.insync.replicas=2 and acks=all survives any one broker without loss.</source>
        <extracomment>replication-and-failover.lesson:98 (say)</extracomment>
        <translation>干净选举永远不会丢失已确认的记录，但可能让分区离线；非干净选举能保持分区可用，但可能丢失记录。Kafka 默认使用干净选举。rf=3 加上 min.insync.replicas=2 和 acks=all，可以在任意一个 Broker 故障时不丢失数据。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="315"/>
        <source>Topics, partitions and offsets</source>
        <extracomment>topics-partitions-offsets.lesson:2 (title)</extracomment>
        <translation>主题、分区与偏移量</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="317"/>
        <source>A topic is a named stream split into partitions; each partition is an append-only log in which every record gets the next offset.</source>
        <extracomment>topics-partitions-offsets.lesson:5 (summary)</extracomment>
        <translation>主题是一个有名称的数据流，被划分为多个分区；每个分区都是一个只追加的日志，其中每条记录获得下一个偏移量。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="319"/>
        <source>A topic is a named category</source>
        <extracomment>topics-partitions-offsets.lesson:14 (explain)</extracomment>
        <translation>主题是一个有名称的类别</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="321"/>
        <source>A topic is a named stream of records, like order_placed or user_signup. Producers write to a topic by name and consumers read it by name.</source>
        <extracomment>topics-partitions-offsets.lesson:15 (say)</extracomment>
        <translation>主题是一个有名称的记录流，例如 order_placed 或 user_signup。生产者按名称向主题写入，消费者按名称读取主题。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="323"/>
        <source>The topic user-logs is split into three partitions, user-logs-0, -1 and -2. With one replica each (rf=1) every partition lives on exactly one broker: the partitions spread the topic over the cluster, so three brokers can take its writes and three consumers can read it in parallel.</source>
        <extracomment>topics-partitions-offsets.lesson:18 (say)</extracomment>
        <translation>主题 user-logs 被划分为三个分区：user-logs-0、-1 和 -2。每个分区只有一个副本（rf=1），所以每个分区恰好位于一个 Broker 上：分区把主题分散到整个集群，因此三个 Broker 可以共同承接它的写入，三个消费者可以并行读取它。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="325"/>
        <source>A partition is a log</source>
        <extracomment>topics-partitions-offsets.lesson:27 (explain)</extracomment>
        <translation>分区是一个日志</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="327"/>
        <source>Think of a partition as a log file written from one side only: a new record always goes at the end, nothing is changed or inserted in the middle. Each record gets the next number in its partition, its offset: 0, 1, 2, ... The log end offset (LEO) is the offset the next record will get.</source>
        <extracomment>topics-partitions-offsets.lesson:28 (say)</extracomment>
        <translation>可以把分区看作一个只从一端写入的日志文件：新记录总是追加到末尾，中间的内容既不会被修改，也不会被插入新内容。每条记录获得其分区中的下一个编号，即它的偏移量（offset）：0、1、2……日志末端偏移量（LEO）就是下一条记录将获得的偏移量。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="329"/>
        <source>Five records go to user-logs-0. What offset does the fifth get?</source>
        <extracomment>topics-partitions-offsets.lesson:35 (predict)</extracomment>
        <translation>五条记录写入 user-logs-0。第五条记录获得的偏移量是多少？</translation>
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
        <translation>取决于其他分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="337"/>
        <source>Offsets start at 0 and count per partition: the five records get offsets 0 to 4, and the log end offset becomes 5. Each partition counts on its own.</source>
        <extracomment>topics-partitions-offsets.lesson:39 (why)</extracomment>
        <translation>偏移量从 0 开始，并且按分区计数：这五条记录获得偏移量 0 到 4，日志末端偏移量变为 5。每个分区各自计数。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="339"/>
        <source>Write five records to user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:43 (run)</extracomment>
        <translation>向 user-logs-0 写入五条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="341"/>
        <source>Now three records go to user-logs-1. Which offsets do they get?</source>
        <extracomment>topics-partitions-offsets.lesson:51 (predict)</extracomment>
        <translation>现在三条记录写入 user-logs-1。它们获得哪些偏移量？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="343"/>
        <source>5, 6 and 7, after the records of user-logs-0</source>
        <extracomment>topics-partitions-offsets.lesson:52 (choice)</extracomment>
        <translation>5、6 和 7，接在 user-logs-0 的记录之后</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="345"/>
        <source>0, 1 and 2</source>
        <extracomment>topics-partitions-offsets.lesson:53 (correct)</extracomment>
        <translation>0、1 和 2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="347"/>
        <source>Random free numbers</source>
        <extracomment>topics-partitions-offsets.lesson:54 (choice)</extracomment>
        <translation>随机的空闲编号</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="349"/>
        <source>Every partition has its own sequence of offsets. Order is kept within a partition, not across the partitions of a topic.</source>
        <extracomment>topics-partitions-offsets.lesson:55 (why)</extracomment>
        <translation>每个分区都有自己的偏移量序列。顺序只在分区内保持，而不是在主题的各个分区之间保持。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="351"/>
        <source>Write three records to user-logs-1</source>
        <extracomment>topics-partitions-offsets.lesson:59 (run)</extracomment>
        <translation>向 user-logs-1 写入三条记录</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="353"/>
        <source>Why partitions</source>
        <extracomment>topics-partitions-offsets.lesson:66 (explain)</extracomment>
        <translation>为什么要分区</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="355"/>
        <source>Ordering per partition and independence between partitions is the trade Kafka makes: a topic grows by adding partitions (parallelism and scale), and whatever must stay in order goes to one partition (the next lesson: keys).</source>
        <extracomment>topics-partitions-offsets.lesson:67 (say)</extracomment>
        <translation>分区内有序、分区之间相互独立，这是 Kafka 所做的权衡：主题通过增加分区来扩展（并行与规模），而必须保持顺序的数据则进入同一个分区（下一课：键）。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="357"/>
        <source>ZooKeeper vs KRaft: who keeps the metadata</source>
        <extracomment>zookeeper-vs-kraft.lesson:3 (title)</extracomment>
        <translation>ZooKeeper 与 KRaft：由谁保存元数据</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="359"/>
        <source>Before Kafka 4.0 a ZooKeeper ensemble held the metadata and one broker was the controller; KRaft replaced both with a Raft quorum of controllers that fails over in seconds.</source>
        <extracomment>zookeeper-vs-kraft.lesson:6 (summary)</extracomment>
        <translation>在 Kafka 4.0 之前，由一个 ZooKeeper 集合（ensemble）保存元数据，并由一个 Broker 担任控制器；KRaft 用一个基于 Raft 的控制器仲裁取代了这两者，能在数秒内完成故障转移。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="361"/>
        <source>Kafka before 4.0: ZooKeeper</source>
        <extracomment>zookeeper-vs-kraft.lesson:15 (explain)</extracomment>
        <translation>4.0 之前的 Kafka：ZooKeeper</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="363"/>
        <source>This cluster runs the way Kafka did before 4.0 (ZooKeeper mode, removed in Kafka 4.0). A separate ZooKeeper ensemble (nodes 201, 202, 203) stores the metadata as znodes: /brokers/ids, the topics, each partition&apos;s leader and ISR. Every broker keeps a ZooKeeper session alive with pings.</source>
        <extracomment>zookeeper-vs-kraft.lesson:16 (say)</extracomment>
        <translation>这个集群按照 Kafka 4.0 之前的方式运行（ZooKeeper 模式，已在 Kafka 4.0 中移除）。一个独立的 ZooKeeper 集合（节点 201、202、203）以 znode 的形式存储元数据：/brokers/ids、各个主题、每个分区的领导者和 ISR。每个 Broker 都通过 ping 保持一个 ZooKeeper 会话处于活动状态。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="365"/>
        <source>One broker is also the controller: the one that first created the ephemeral /controller znode. Here that is broker 3. It reads the whole state from ZooKeeper and pushes leader changes to the other brokers.</source>
        <extracomment>zookeeper-vs-kraft.lesson:20 (say)</extracomment>
        <translation>其中一个 Broker 同时也是控制器：即最先创建临时（ephemeral）znode /controller 的那个 Broker。这里是 Broker 3。它从 ZooKeeper 读取完整状态，并把领导者变更推送给其他 Broker。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="367"/>
        <source>The controller broker crashes. How long until another broker is the controller?</source>
        <extracomment>zookeeper-vs-kraft.lesson:27 (predict)</extracomment>
        <translation>控制器 Broker 崩溃了。要过多久才会有另一个 Broker 成为控制器？</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="369"/>
        <source>About 2 seconds: the others notice at once</source>
        <extracomment>zookeeper-vs-kraft.lesson:28 (choice)</extracomment>
        <translation>大约 2 秒：其他 Broker 会立即察觉</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="371"/>
        <source>12 to 18 seconds: when its ZooKeeper session expires</source>
        <extracomment>zookeeper-vs-kraft.lesson:29 (correct)</extracomment>
        <translation>12 到 18 秒：当它的 ZooKeeper 会话过期时</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="373"/>
        <source>Never: a new controller must be chosen by hand</source>
        <extracomment>zookeeper-vs-kraft.lesson:30 (choice)</extracomment>
        <translation>永远不会：必须手动选出新的控制器</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="375"/>
        <source>Nothing happens until ZooKeeper gives up on the dead broker&apos;s session (zookeeper.session.timeout.ms, 18 s from its last ping). Then the ephemeral /controller znode disappears, the other brokers race to create it, and the winner reads the whole cluster state from ZooKeeper before it acts.</source>
        <extracomment>zookeeper-vs-kraft.lesson:31 (why)</extracomment>
        <translation>在 ZooKeeper 放弃这个已失效 Broker 的会话之前（zookeeper.session.timeout.ms，从其最后一次 ping 起 18 秒），什么都不会发生。随后临时 znode /controller 消失，其他 Broker 竞相创建它，获胜者会先从 ZooKeeper 读取整个集群的状态，然后才开始行动。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="377"/>
        <source>Kill the controller</source>
        <extracomment>zookeeper-vs-kraft.lesson:36 (task)</extracomment>
        <translation>终止控制器</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="379"/>
        <source>Select broker 3, the controller, and press K; or type &apos;controller kill active&apos;.</source>
        <extracomment>zookeeper-vs-kraft.lesson:37 (say)</extracomment>
        <translation>选中 Broker 3（控制器）并按 K；或输入 &apos;controller kill active&apos;。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="381"/>
        <source>What took so long</source>
        <extracomment>zookeeper-vs-kraft.lesson:44 (explain)</extracomment>
        <translation>为什么花了这么久</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="383"/>
        <source>The session expired about 17 s after the crash, then broker 1 won the race for /controller and loaded the state (milliseconds here; minutes in clusters with hundreds of thousands of partitions). Because the controller was a broker, its partitions lost their leader too.</source>
        <extracomment>zookeeper-vs-kraft.lesson:45 (say)</extracomment>
        <translation>会话在崩溃后约 17 秒过期，随后 Broker 1 赢得了对 /controller 的竞争并加载状态（这里只需几毫秒；在拥有数十万个分区的集群中则需要几分钟）。由于控制器本身是一个 Broker，它的分区也失去了领导者。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="385"/>
        <source>Kafka 4.x: KRaft</source>
        <extracomment>zookeeper-vs-kraft.lesson:54 (explain)</extracomment>
        <translation>Kafka 4.x：KRaft</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="387"/>
        <source>KRaft (KIP-500, production-ready since 3.3, the only mode since 4.0) drops ZooKeeper. A quorum of controllers keeps the metadata as a replicated log, __cluster_metadata, with Raft; its leader is the active controller. When it dies, the others notice within controller.quorum.fetch.timeout.ms (2 s), elect a new leader that already holds the whole log, and carry on: about 2.5 s in the simulation, against 13 s here. Brokers pull metadata changes from it instead of being pushed to, and a dead broker is noticed after broker.session.timeout.ms (9 s) instead of 18 s.</source>
        <extracomment>zookeeper-vs-kraft.lesson:55 (say)</extracomment>
        <translation>KRaft（KIP-500，自 3.3 起可用于生产环境，自 4.0 起成为唯一模式）去掉了 ZooKeeper。一个控制器仲裁通过 Raft 将元数据保存为一个复制的日志 __cluster_metadata；该仲裁的领导者就是活动控制器。当它失效时，其他控制器会在 controller.quorum.fetch.timeout.ms（2 秒）内察觉，选出一个已经拥有完整日志的新领导者，然后继续运行：在模拟中大约需要 2.5 秒，而这里需要 13 秒。Broker 主动从它那里拉取元数据变更，而不是被动接收推送；一个失效的 Broker 会在 broker.session.timeout.ms（9 秒）后被察觉，而不是 18 秒。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_texts.cpp" line="389"/>
        <source>Run &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos; to see both side by side.</source>
        <extracomment>zookeeper-vs-kraft.lesson:62 (say)</extracomment>
        <translation>运行 &apos;kafkascope-cli compare resources/scenarios/kraft-vs-zookeeper.scenario&apos;，即可并排查看两者。</translation>
    </message>
</context>
<context>
    <name>MetricsTracker</name>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="46"/>
        <source>Partitions this broker leads whose ISR lacks a replica: a follower is down or slow. Healthy: 0.</source>
        <translation>此 Broker 领导的、ISR 缺少副本的分区：某个追随者宕机或过慢。健康值：0。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="47"/>
        <source>Partitions with no leader: nobody can produce to or consume from them. Above 0 is an outage.</source>
        <translation>没有领导者的分区：无法向其生产或从中消费。大于 0 即为故障。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="48"/>
        <source>Nodes acting as the active controller; over the whole cluster it must be exactly 1.</source>
        <translation>担任活动控制器的节点数；整个集群中必须恰好为 1。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="50"/>
        <source>How often leaders drop a follower from the ISR (it fell behind replica.lag.time.max.ms or its broker died).</source>
        <translation>领导者将追随者移出 ISR 的频率（它落后超过 replica.lag.time.max.ms 或其 Broker 宕机）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="51"/>
        <source>How often leaders take a caught-up follower back into the ISR, e.g. after a restart.</source>
        <translation>领导者将已追上的追随者重新纳入 ISR 的频率，例如重启之后。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="53"/>
        <source>Leader elections per second, and how long the partitions went without a leader (from the fault to the new leader).</source>
        <translation>每秒领导者选举次数，以及分区无领导者的持续时间（从故障到新领导者产生）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="55"/>
        <source>Elections of an out-of-sync replica (unclean.leader.election.enable): acknowledged records can be lost. Healthy: 0.</source>
        <translation>未同步副本被选举为领导者的次数 (unclean.leader.election.enable)：已确认的记录可能丢失。健康值：0。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="56"/>
        <source>Records per second this broker appends as leader (from producers and its group coordinator).</source>
        <translation>此 Broker 作为领导者每秒追加的记录数（来自生产者及其组协调器）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="57"/>
        <source>Bytes per second producers send to this broker (replication not included).</source>
        <translation>生产者每秒发送到此 Broker 的字节数（不含复制）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="58"/>
        <source>Bytes per second this broker sends to consumers (replication not included).</source>
        <translation>此 Broker 每秒发送给消费者的字节数（不含复制）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="60"/>
        <source>Appends the broker refused for an unexpected reason, e.g. NOT_ENOUGH_REPLICAS with the ISR below min.insync.replicas.</source>
        <translation>Broker 因意外原因拒绝的追加，例如 ISR 低于 min.insync.replicas 时的 NOT_ENOUGH_REPLICAS。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="62"/>
        <source>Mean time from a produce request&apos;s arrival to its answer; with acks=all it includes waiting for the followers.</source>
        <translation>生产请求从到达到应答的平均时间；acks=all 时包括等待追随者的时间。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="64"/>
        <source>Mean time a consumer&apos;s fetch spends at the broker, including waiting up to fetch.max.wait.ms for records.</source>
        <translation>消费者的拉取请求在 Broker 上的平均耗时，包括为等待记录最多等待 fetch.max.wait.ms。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="65"/>
        <source>The consumer&apos;s largest lag over its partitions (high watermark − position): is it keeping up?</source>
        <translation>消费者在其各分区上的最大滞后（高水位 − 位置）：它跟得上吗？</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="117"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="124"/>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_tracker.cpp" line="129"/>
        <source>%1, mean %2 ms</source>
        <translation>%1，平均 %2 ms</translation>
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
        <translation>消费者 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_tracker.cpp" line="181"/>
        <source>%n leader(s) elected</source>
        <translation>
            <numerusform>已选举 %n 个领导者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="28"/>
        <source>the record&apos;s own partition</source>
        <translation>记录自身的分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="29"/>
        <source>murmur2 hash of the key</source>
        <translation>键的 murmur2 哈希</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="30"/>
        <source>sticky partitioner (no key)</source>
        <translation>粘性分区器（无键）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="31"/>
        <source>round-robin partitioner (no key)</source>
        <translation>轮询分区器（无键）</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="31"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="73"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="83"/>
        <source>not JSON (%1 at character %2)</source>
        <translation>不是 JSON（第 %2 个字符处 %1）</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="84"/>
        <source>expected a JSON object such as {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</source>
        <translation>应为 JSON 对象，例如 {&quot;key&quot;:&quot;k&quot;,&quot;value&quot;:&quot;v&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="88"/>
        <source>&quot;topic&quot; must be a string</source>
        <translation>&quot;topic&quot; 必须是字符串</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="93"/>
        <source>&quot;partition&quot; must be a whole number, 0 or more</source>
        <translation>&quot;partition&quot; 必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="97"/>
        <source>&quot;key&quot; must be a string or null</source>
        <translation>&quot;key&quot; 必须是字符串或 null</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="99"/>
        <source>the record has no &quot;value&quot;</source>
        <translation>记录没有 &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="105"/>
        <source>each header must be {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</source>
        <translation>每个 header 必须是 {&quot;key&quot;:&quot;...&quot;,&quot;value&quot;:&quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="114"/>
        <source>&quot;headers&quot; must be a list or an object</source>
        <translation>&quot;headers&quot; 必须是列表或对象</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="119"/>
        <source>&quot;acks&quot; must be 0, 1 or &quot;all&quot;</source>
        <translation>&quot;acks&quot; 必须是 0、1 或 &quot;all&quot;</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="139"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>无效的 JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <location filename="../ui/records/record_text.cpp" line="140"/>
        <source>invalid JSON: expected an object or an array</source>
        <translation>无效的 JSON：应为对象或数组</translation>
    </message>
</context>
<context>
    <name>ReplayText</name>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="32"/>
        <source>Replaying</source>
        <translation>正在重放</translation>
    </message>
    <message>
        <location filename="../ui/session/replay_progress.cpp" line="53"/>
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
    <name>StateText</name>
    <message>
        <location filename="../ui/state_text.cpp" line="23"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="24"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="25"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="27"/>
        <source>registering</source>
        <translation>注册中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="28"/>
        <source>fenced</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="29"/>
        <source>unfenced</source>
        <translation>未隔离</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="30"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="31"/>
        <source>unregistered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="33"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="34"/>
        <source>follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="35"/>
        <source>candidate</source>
        <translation>候选者</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="36"/>
        <source>prospective</source>
        <translation>预候选者</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="37"/>
        <source>unattached</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="39"/>
        <source>standalone</source>
        <translation>独立</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="40"/>
        <source>finding coordinator</source>
        <translation>正在查找协调器</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="41"/>
        <source>unjoined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="42"/>
        <source>joining</source>
        <translation>加入中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="43"/>
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="44"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="45"/>
        <source>rejoin pending</source>
        <translation>等待重新加入</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="47"/>
        <source>polling</source>
        <translation>轮询中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="48"/>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="49"/>
        <source>committing</source>
        <translation>提交中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="50"/>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="51"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="52"/>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../ui/state_text.cpp" line="62"/>
        <location filename="../ui/state_text.cpp" line="70"/>
        <source>failed: %1</source>
        <translation>已失败：%1</translation>
    </message>
</context>
<context>
    <name>TopologyText</name>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="80"/>
        <source>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;leads %5 of the %6 replica(s) shown · %7 bytes on disk</source>
        <translation>&lt;b&gt;Broker %1&lt;/b&gt; — %2%3%4&lt;br&gt;领导所示 %6 个副本中的 %5 个 · 磁盘 %7 字节</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="82"/>
        <source>, isolated from every other node</source>
        <translation>，与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="83"/>
        <source>, the cluster&apos;s controller (elected through ZooKeeper)</source>
        <translation>，集群的控制器（通过 ZooKeeper 选举）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/broker_item.cpp" line="87"/>
        <source>&lt;br&gt;also holds %n replica(s) of internal topics (__consumer_offsets), not drawn</source>
        <translation>
            <numerusform>&lt;br&gt;另有 %n 个内部主题 (__consumer_offsets) 的副本，未绘出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="90"/>
        <source>&lt;br&gt;&lt;b&gt;Slow follower&lt;/b&gt;: its replica fetchers wait %1 between fetches</source>
        <translation>&lt;br&gt;&lt;b&gt;慢追随者&lt;/b&gt;：其副本拉取器每次拉取之间等待 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="92"/>
        <source>&lt;br&gt;&lt;b&gt;Log dir offline&lt;/b&gt; (disk full): its replicas are offline until a restart</source>
        <translation>&lt;br&gt;&lt;b&gt;日志目录离线&lt;/b&gt;（磁盘已满）：其副本在重启前处于离线状态</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="93"/>
        <source>&lt;br&gt;&lt;b&gt;Disk full&lt;/b&gt;: its next write fails</source>
        <translation>&lt;br&gt;&lt;b&gt;磁盘已满&lt;/b&gt;：下一次写入将失败</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="96"/>
        <source>&lt;br&gt;the active controller sees it as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;活动控制器将其视为 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="97"/>
        <source>, last heartbeat %1 ago</source>
        <translation>，上次心跳在 %1 前</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="135"/>
        <source>Broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="137"/>
        <source> · ISOLATED</source>
        <translation> · 已隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="139"/>
        <source>LOG DIR OFFLINE</source>
        <translation>日志目录离线</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="140"/>
        <source>DISK FULL</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="141"/>
        <source>SLOW FOLLOWER</source>
        <translation>慢追随者</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="147"/>
        <source>leads %1 of %2%3</source>
        <translation>领导 %2 个中的 %1 个%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="150"/>
        <source> · %1 internal</source>
        <translation> · %1 个内部</translation>
    </message>
    <message>
        <location filename="../ui/topology/broker_item.cpp" line="155"/>
        <source>no replicas</source>
        <translation>无副本</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="45"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (consumer, node %2)%3&lt;br&gt;process %4 · member %5 · %6&lt;br&gt;owns %7&lt;br&gt;lag %8 · processed %9 · commits %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（消费者，节点 %2）%3&lt;br&gt;进程 %4 · 成员 %5 · %6&lt;br&gt;拥有 %7&lt;br&gt;滞后 %8 · 已处理 %9 · 提交 %10</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source>, no group</source>
        <translation>，无组</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> in group %1, generation %2%3</source>
        <translation>，位于组 %1，第 %2 代%3</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="49"/>
        <source> (group leader)</source>
        <translation>（组领导者）</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="51"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="81"/>
        <source>closed: left the group</source>
        <translation>已关闭：已离开组</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="82"/>
        <location filename="../ui/topology/controller_item.cpp" line="66"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="83"/>
        <location filename="../ui/topology/controller_item.cpp" line="67"/>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="85"/>
        <source>idle: no partitions</source>
        <translation>空闲：无分区</translation>
    </message>
    <message>
        <location filename="../ui/topology/consumer_item.cpp" line="86"/>
        <source>%1 · lag %2</source>
        <translation>%1 · 滞后 %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="26"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3, quorum %4 in epoch %5%6&lt;br&gt;knows its log committed up to offset %7 · holds %8 entries%9</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3，仲裁 %4（纪元 %5）%6&lt;br&gt;已知其日志提交至偏移量 %7 · 持有 %8 个条目%9</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>ZooKeeper node</source>
        <translation>ZooKeeper 节点</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="28"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="32"/>
        <source>, the ACTIVE controller</source>
        <translation>，活动控制器</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="35"/>
        <source>&lt;br&gt;isolated from every other node</source>
        <translation>&lt;br&gt;与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="69"/>
        <source>active leader</source>
        <translation>活动领导者</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>epoch</source>
        <translation>纪元</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="70"/>
        <source>term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location filename="../ui/topology/controller_item.cpp" line="72"/>
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
        <location filename="../ui/topology/topology_scene.cpp" line="32"/>
        <source>background producer off</source>
        <translation>后台生产者已关闭</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="35"/>
        <source>waiting for topic %1</source>
        <translation>等待主题 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topology_scene.cpp" line="37"/>
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
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="40"/>
        <source>produce</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="41"/>
        <source>fetch</source>
        <translation>拉取</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="42"/>
        <source>controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="43"/>
        <source>group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="44"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="153"/>
        <source>%n in flight</source>
        <translation>
            <numerusform>%n 条在途</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="156"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/秒</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="157"/>
        <source>%1 +%2 more</source>
        <translation>%1 +%2 种</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="175"/>
        <source>&lt;br&gt;%1 and %n other partition(s)</source>
        <translation>
            <numerusform>&lt;br&gt;%1 及另外 %n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="177"/>
        <source>&lt;br&gt;partition %1</source>
        <translation>&lt;br&gt;分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="178"/>
        <source>&lt;br&gt;sent at %1, &lt;b&gt;lost&lt;/b&gt;: the link drops it</source>
        <translation>&lt;br&gt;发送于 %1，&lt;b&gt;丢失&lt;/b&gt;：链路丢弃了它</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="179"/>
        <source>&lt;br&gt;sent at %1, arrives at %2</source>
        <translation>&lt;br&gt;发送于 %1，到达于 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="187"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %n in flight</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;：%n 条在途</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="190"/>
        <source>&lt;br&gt;%1: %2/s</source>
        <translation>&lt;br&gt;%1：%2/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/topology/wire_layer_item.cpp" line="191"/>
        <source>, %n lost</source>
        <translation>
            <numerusform>，%n 条丢失</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages on the wire</source>
        <translation>线路上的消息</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="213"/>
        <source>Messages per second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <location filename="../ui/topology/wire_layer_item.cpp" line="225"/>
        <source>lost</source>
        <translation>丢失</translation>
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
    <name>ks::EngineText</name>
    <message>
        <location filename="../engine/broker/broker.cpp" line="106"/>
        <source>broker %1 starting, registering with the controller</source>
        <translation>Broker %1 正在启动，向控制器注册</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="143"/>
        <source>broker %1 registered with broker epoch %2; fenced until it catches up with the metadata log</source>
        <translation>Broker %1 已注册，broker epoch 为 %2；在追上元数据日志之前处于隔离（fenced）状态</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="286"/>
        <source>broker %1: the controller no longer knows broker epoch %2; registering again</source>
        <translation>Broker %1：控制器已不再识别 broker epoch %2；重新注册</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="296"/>
        <source>broker %1 is unfenced and serving</source>
        <translation>Broker %1 已解除隔离（unfenced），开始提供服务</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="341"/>
        <source>broker %1 was behind the metadata log start (its image ends at offset %2); loaded snapshot %3 from controller %4 into its metadata image</source>
        <translation>Broker %1 落后于元数据日志的起点（其镜像止于 offset %2）；已从控制器 %4 加载快照 %3 到其元数据镜像</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="434"/>
        <source>broker %1: %2 leader at epoch %3 (LEO %4, HW %5, ISR %6)</source>
        <translation>Broker %1：%2 在纪元 %3 成为领导者（LEO %4，HW %5，ISR %6）</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="453"/>
        <source>broker %1: %2 has no leader (epoch %3); waiting</source>
        <translation>Broker %1：%2 没有领导者（纪元 %3）；等待中</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="459"/>
        <source>broker %1: %2 follows leader %3 at epoch %4</source>
        <translation>Broker %1：%2 在纪元 %4 跟随领导者 %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="473"/>
        <source>broker %1: %2 deleted (its topic is gone)</source>
        <translation>Broker %1：%2 已删除（其主题已不存在）</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="474"/>
        <source>broker %1: %2 replica removed and its log deleted</source>
        <translation>Broker %1：%2 的副本已移除，其日志已删除</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="736"/>
        <source>broker %1 caught up to offset %2</source>
        <translation>Broker %1 已追上至 offset %2</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="800"/>
        <source>brokers %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 超过 replica.lag.time.max.ms（%2）仍未追上</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="801"/>
        <source>broker %1 not caught up for more than replica.lag.time.max.ms (%2)</source>
        <translation>Broker %1 超过 replica.lag.time.max.ms（%2）仍未追上</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="809"/>
        <source>broker %1: %2 ISR expand %3 → %4 proposed: %5</source>
        <translation>Broker %1：提议扩展 %2 的 ISR %3 → %4：%5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="810"/>
        <source>broker %1: %2 ISR shrink %3 → %4 proposed: %5</source>
        <translation>Broker %1：提议收缩 %2 的 ISR %3 → %4：%5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="845"/>
        <source>broker %1: %2 ISR change rejected by the controller: %3</source>
        <translation>Broker %1：%2 的 ISR 变更被控制器拒绝：%3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="906"/>
        <source>broker %1: %2 is behind the leader&apos;s log start offset %3; dropped %4 records</source>
        <translation>Broker %1：%2 落后于领导者的日志起始 offset %3；丢弃了 %4 条记录</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="943"/>
        <source>the leader has no record of epoch %1; truncating to the HW</source>
        <translation>领导者没有纪元 %1 的记录；截断到 HW</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="947"/>
        <source>diverged from leader %1, whose epoch %2 ends at offset %3</source>
        <translation>与领导者 %1 分叉，其纪元 %2 止于 offset %3</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="955"/>
        <source>broker %1: %2 truncated %3 record (offset %4): %5</source>
        <translation>Broker %1：%2 截断了 %3 条记录（offset %4）：%5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="956"/>
        <source>broker %1: %2 truncated %3 records (offsets %4): %5</source>
        <translation>Broker %1：%2 截断了 %3 条记录（offset %4）：%5</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker.cpp" line="995"/>
        <source>broker %1: %2 deleted %3 segment(s) (%4 records) past %5; log start offset now %6</source>
        <translation>Broker %1：%2 删除了超出 %5 的 %3 个段（%4 条记录）；日志起始 offset 现为 %6</translation>
    </message>
    <message>
        <location filename="../engine/broker/broker_faults.cpp" line="34"/>
        <source>broker %1: writing %2 failed: no space left on device → its log dir is offline with its %3 replica(s); requests for them get KAFKA_STORAGE_ERROR</source>
        <translation>Broker %1：写入 %2 失败：设备上没有剩余空间 → 其日志目录及其 %3 个副本离线；对它们的请求得到 KAFKA_STORAGE_ERROR</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="80"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="339"/>
        <location filename="../engine/scenario/runner.cpp" line="424"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="146"/>
        <source>assigned %1 by hand (no group membership)</source>
        <translation>手动分配了 %1（不加入组）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="148"/>
        <source>commits to group %1</source>
        <translation>提交到组 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="157"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing, static member %4)</source>
        <translation>在组 %2 中订阅 [%1]（分配器 %3，eager 再平衡，静态成员 %4）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="159"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing, static member %4)</source>
        <translation>在组 %2 中订阅 [%1]（分配器 %3，协作式再平衡，静态成员 %4）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="162"/>
        <source>subscribes to [%1] in group %2 (assignor %3, eager rebalancing)</source>
        <translation>在组 %2 中订阅 [%1]（分配器 %3，eager 再平衡）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="164"/>
        <source>subscribes to [%1] in group %2 (assignor %3, cooperative rebalancing)</source>
        <translation>在组 %2 中订阅 [%1]（分配器 %3，协作式再平衡）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="169"/>
        <source>reads every partition of [%1] (no group)</source>
        <translation>读取 [%1] 的所有分区（不加入组）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="175"/>
        <source>auto-commit every %1</source>
        <translation>每 %1 自动提交</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="179"/>
        <source>commits (async) after processing (at-least-once)</source>
        <translation>处理之后（异步）提交（at-least-once）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="181"/>
        <source>commits (async) before processing (at-most-once)</source>
        <translation>处理之前（异步）提交（at-most-once）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="183"/>
        <source>commits after processing (at-least-once)</source>
        <translation>处理之后提交（at-least-once）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="184"/>
        <source>commits before processing (at-most-once)</source>
        <translation>处理之前提交（at-most-once）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="187"/>
        <source>processing %1 per record</source>
        <translation>每条记录处理 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="190"/>
        <source>consumer started: %1</source>
        <translation>消费者已启动：%1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="206"/>
        <source>FAILED: %1 (the application stops here)</source>
        <translation>失败：%1（应用程序在此停止）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="226"/>
        <source>no heartbeat response within session.timeout.ms</source>
        <translation>在 session.timeout.ms 内没有心跳响应</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="231"/>
        <source>commitSync() gave up after default.api.timeout.ms (%1): TimeoutException</source>
        <translation>commitSync() 在 default.api.timeout.ms（%1）后放弃：TimeoutException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="275"/>
        <source>group coordinator is broker %1</source>
        <translation>组协调器是 Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="281"/>
        <source>FindCoordinator: %1; retrying</source>
        <translation>FindCoordinator：%1；重试</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="384"/>
        <source>poll() returned %1 record(s): %2</source>
        <translation>poll() 返回了 %1 条记录：%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="458"/>
        <source>no longer a member of generation it owned them in</source>
        <translation>已不再是拥有它们的那一代的成员</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="468"/>
        <source>eager rebalancing: every member gives up all its partitions before rejoining</source>
        <translation>eager 再平衡：每个成员在重新加入前放弃其所有分区</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="486"/>
        <source>lost its group coordinator (broker %1): %2; looking it up again</source>
        <translation>失去了其组协调器（Broker %1）：%2；重新查找</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="512"/>
        <source>async commit of %1 failed: the coordinator went away</source>
        <translation>%1 的异步提交失败：协调器已不在</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="592"/>
        <source>rejoins (JoinGroup): %1</source>
        <translation>重新加入（JoinGroup）：%1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="613"/>
        <source>JoinGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>JoinGroup 返回 UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="617"/>
        <source>JoinGroup answered ILLEGAL_GENERATION</source>
        <translation>JoinGroup 返回 ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="620"/>
        <source>JoinGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>JoinGroup 返回 REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="626"/>
        <source>JoinGroup answered %1</source>
        <translation>JoinGroup 返回 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="629"/>
        <source>JoinGroup failed with %1</source>
        <translation>JoinGroup 失败：%1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="670"/>
        <source>leader of generation %1: assigned with %2: %3</source>
        <translation>第 %1 代的领导者：使用 %2 分配：%3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="689"/>
        <source>SyncGroup answered REBALANCE_IN_PROGRESS</source>
        <translation>SyncGroup 返回 REBALANCE_IN_PROGRESS</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="693"/>
        <source>SyncGroup answered UNKNOWN_MEMBER_ID</source>
        <translation>SyncGroup 返回 UNKNOWN_MEMBER_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="697"/>
        <source>SyncGroup answered ILLEGAL_GENERATION</source>
        <translation>SyncGroup 返回 ILLEGAL_GENERATION</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="704"/>
        <source>SyncGroup answered %1</source>
        <translation>SyncGroup 返回 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="707"/>
        <source>SyncGroup failed with %1</source>
        <translation>SyncGroup 失败：%1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="723"/>
        <source>cooperative rebalancing: they move to another member</source>
        <translation>协作式再平衡：它们转移到另一个成员</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="730"/>
        <source>generation %1 of %2: owns %3</source>
        <translation>%2 的第 %1 代：拥有 %3</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="733"/>
        <source>newly assigned %1</source>
        <translation>新分配 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="734"/>
        <source>revoked %1</source>
        <translation>已撤销 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="737"/>
        <source>%1 (idle: the group has more consumers than partitions)</source>
        <translation>%1（空闲：组中的消费者多于分区）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="741"/>
        <source>revoked %1; rejoining so that they can be assigned elsewhere (cooperative, second round)</source>
        <translation>已撤销 %1；重新加入以便将它们分配到别处（协作式，第二轮）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="750"/>
        <location filename="../engine/client/consumer.cpp" line="1408"/>
        <source>the partition count of %1 changed</source>
        <translation>%1 的分区数已改变</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="769"/>
        <source>lost %1: %2 (onPartitionsLost: nothing is committed for them)</source>
        <translation>丢失 %1：%2（onPartitionsLost：不会为它们提交任何内容）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="770"/>
        <source>revoked %1: %2</source>
        <translation>已撤销 %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="799"/>
        <source>heartbeat answered REBALANCE_IN_PROGRESS: it rejoins at its next poll()</source>
        <translation>心跳返回 REBALANCE_IN_PROGRESS：它在下一次 poll() 时重新加入</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="801"/>
        <source>the group is rebalancing</source>
        <translation>组正在再平衡</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="806"/>
        <source>heartbeat answered %1: it is no longer a member of generation %2; it rejoins</source>
        <translation>心跳返回 %1：它已不再是第 %2 代的成员；重新加入</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="812"/>
        <source>FENCED_INSTANCE_ID: another consumer with group.instance.id %1 took its place</source>
        <translation>FENCED_INSTANCE_ID：另一个 group.instance.id 为 %1 的消费者取代了它</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="817"/>
        <source>heartbeat answered %1</source>
        <translation>心跳返回 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="824"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); as a static member it sends no LeaveGroup (session.timeout.ms removes it). Processing a batch of up to max.poll.records takes too long.</source>
        <translation>消费者 poll 超时：距上次 poll() 已过 %1，超过 max.poll.interval.ms（%2）；作为静态成员它不发送 LeaveGroup（由 session.timeout.ms 将其移除）。处理一批最多 max.poll.records 条记录耗时过长。</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="828"/>
        <source>consumer poll timeout has expired: %1 since its last poll(), more than max.poll.interval.ms (%2); it leaves the group. Processing a batch of up to max.poll.records takes too long.</source>
        <translation>消费者 poll 超时：距上次 poll() 已过 %1，超过 max.poll.interval.ms（%2）；它离开组。处理一批最多 max.poll.records 条记录耗时过长。</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="832"/>
        <source>consumer poll timeout has expired</source>
        <translation>consumer 的 poll 超时已到期</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="874"/>
        <source>no group, so no committed offset</source>
        <translation>没有组，因此没有已提交的 offset</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="876"/>
        <source>no committed offset and auto.offset.reset=none</source>
        <translation>没有已提交的 offset，且 auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="907"/>
        <source>OffsetFetch answered %1</source>
        <translation>OffsetFetch 返回 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="925"/>
        <source>no committed offset; auto.offset.reset=earliest</source>
        <translation>没有已提交的 offset；auto.offset.reset=earliest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="928"/>
        <source>no committed offset; auto.offset.reset=latest</source>
        <translation>没有已提交的 offset；auto.offset.reset=latest</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="931"/>
        <source>no committed offset and auto.offset.reset=none (NoOffsetForPartitionException)</source>
        <translation>没有已提交的 offset，且 auto.offset.reset=none（NoOffsetForPartitionException）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="933"/>
        <source>ERROR: %1 has no committed offset and auto.offset.reset=none: poll() throws NoOffsetForPartitionException; it reads nothing from %1 until a seek</source>
        <translation>错误：%1 没有已提交的 offset 且 auto.offset.reset=none：poll() 抛出 NoOffsetForPartitionException；在 seek 之前不从 %1 读取任何内容</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="939"/>
        <source>resumes at the committed offsets: %1</source>
        <translation>从已提交的 offset 处继续：%1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1000"/>
        <source>no record at or after that time: to the end</source>
        <translation>该时间点及之后没有记录：移到末尾</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1006"/>
        <source>%1 position set to offset %2 (%3)</source>
        <translation>%1 的位置设为 offset %2（%3）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1021"/>
        <source>commit of %1 failed: CommitFailedException (it is not a member of the group right now; another member may process these records again)</source>
        <translation>%1 的提交失败：CommitFailedException（它目前不是组的成员；其他成员可能会再次处理这些记录）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1054"/>
        <source>commit of %1 failed: CommitFailedException</source>
        <translation>%1 的提交失败：CommitFailedException</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1095"/>
        <location filename="../engine/group/group_coordinator.cpp" line="788"/>
        <source>committed %1</source>
        <translation>已提交 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1102"/>
        <location filename="../engine/client/consumer.cpp" line="1116"/>
        <source>OffsetCommit answered %1</source>
        <translation>OffsetCommit 返回 %1</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1111"/>
        <source>commit of %1 failed: %2 (CommitFailedException: the group rebalanced; the partitions&apos; next owner starts from the last committed offset and processes these records again)</source>
        <translation>%1 的提交失败：%2（CommitFailedException：组已再平衡；分区的下一个拥有者从最后提交的 offset 开始，会再次处理这些记录）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1114"/>
        <source>commit of %1 failed: %2</source>
        <translation>%1 的提交失败：%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1123"/>
        <source>FENCED_INSTANCE_ID on commit</source>
        <translation>提交时返回 FENCED_INSTANCE_ID</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1136"/>
        <source>the consumer is being closed</source>
        <translation>consumer 正在关闭</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1139"/>
        <source>closed (LeaveGroup sent: the group rebalances without it)</source>
        <translation>已关闭（已发送 LeaveGroup：组在没有它的情况下再平衡）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1141"/>
        <source>closed (a static member sends no LeaveGroup: its partitions wait for it until session.timeout.ms)</source>
        <translation>已关闭（静态成员不发送 LeaveGroup：其分区会等待它直到 session.timeout.ms）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1143"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1178"/>
        <location filename="../engine/client/consumer.cpp" line="1190"/>
        <location filename="../engine/cluster/cluster.cpp" line="189"/>
        <source>%1 is not running</source>
        <translation>%1 未在运行</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1179"/>
        <source>%1 has no group.id: there is nowhere to commit</source>
        <translation>%1 没有 group.id：无处提交（commit）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1182"/>
        <source>%1 has no position to commit yet</source>
        <translation>%1 还没有可提交（commit）的位置</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1183"/>
        <source>commitSync() of its positions %1 (a manual commit)</source>
        <translation>对其位置 %1 执行 commitSync()（手动提交）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1191"/>
        <location filename="../engine/client/consumer.cpp" line="1206"/>
        <location filename="../engine/client/consumer.cpp" line="1214"/>
        <location filename="../engine/client/consumer.cpp" line="1222"/>
        <source>%1 is not assigned %2 (it owns %3)</source>
        <translation>%1 未被分配 %2（它拥有 %3）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1193"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="83"/>
        <source>an offset is 0 or more</source>
        <translation>offset 必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1198"/>
        <source>seek(%1, %2): the next poll() reads from offset %2</source>
        <translation>seek(%1, %2)：下一次 poll() 从 offset %2 开始读取</translation>
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
        <translation>offsetsForTimes：%1 及之后的第一条记录</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1297"/>
        <source>%1: leader broker %2 sends it to broker %3, a replica in its rack %4 (fetch from follower, KIP-392)</source>
        <translation>%1：领导者 Broker %2 将其转到 Broker %3，即其机架 %4 中的一个副本（从 follower 拉取，KIP-392）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1308"/>
        <source>fetch of %1 from follower broker %2: %3; back to the leader</source>
        <translation>从 follower Broker %2 拉取 %1：%3；回到领导者</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1315"/>
        <source>offset %1 is out of range (log start %2, high watermark %3)</source>
        <translation>offset %1 超出范围（日志起点 %2，high watermark %3）</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1318"/>
        <source>%1 and auto.offset.reset=none</source>
        <translation>%1，且 auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1319"/>
        <source>ERROR: %1: %2 and auto.offset.reset=none</source>
        <translation>错误：%1：%2，且 auto.offset.reset=none</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1325"/>
        <source>%1; auto.offset.reset=%2</source>
        <translation>%1；auto.offset.reset=%2</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1332"/>
        <source>fetch of %1 from broker %2: %3; refreshing metadata</source>
        <translation>从 Broker %2 拉取 %1：%3；刷新元数据</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1405"/>
        <source>as the group leader it sees %1 now has %2 partition(s), not %3: it triggers a rebalance</source>
        <translation>作为组领导者，它发现 %1 现在有 %2 个分区，而不是 %3：它触发再平衡</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1423"/>
        <source>the connection to it closed</source>
        <translation>与它的连接已关闭</translation>
    </message>
    <message>
        <location filename="../engine/client/consumer.cpp" line="1458"/>
        <source>a request to it timed out</source>
        <translation>发给它的请求超时</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="161"/>
        <source>%1: partition %2 of %3 does not exist (it has %4)</source>
        <translation>%1：%3 的分区 %2 不存在（它有 %4 个）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="379"/>
        <source>%1: a batch of %2 records to %3 got MESSAGE_TOO_LARGE; splitting it in two and sending again</source>
        <translation>%1：发往 %3 的 %2 条记录的批次收到 MESSAGE_TOO_LARGE；一分为二后重新发送</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="395"/>
        <source>%1: %2 record(s) to %3 got %4; retrying in %5 (attempt %6)</source>
        <translation>%1：发往 %3 的 %2 条记录收到 %4；%5 后重试（第 %6 次尝试）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="443"/>
        <source>%1: %2 record(s) acked on %3 at offsets %4..%5 (acks=%6)</source>
        <translation>%1：%3 上确认了 %2 条记录，offset %4..%5（acks=%6）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="445"/>
        <source>%1: %2 record(s) acked on %3 (acks=0: no offset) (acks=%4)</source>
        <translation>%1：%3 上确认了 %2 条记录（acks=0：没有 offset）（acks=%4）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="451"/>
        <source>%1: %2 record(s) to %3 failed: %4</source>
        <translation>%1：发往 %3 的 %2 条记录失败：%4</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="487"/>
        <source>%1 closed: every record it was given has an outcome (%2 acked, %3 failed in all)</source>
        <translation>%1 已关闭：交给它的每条记录都有了结果（共确认 %2 条，失败 %3 条）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="516"/>
        <source>%1: %2 → %3 acked</source>
        <translation>%1：%2 → 已确认 %3 条</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="518"/>
        <source>%1: %2 → %3 acked (%4)</source>
        <translation>%1：%2 → 已确认 %3 条（%4）</translation>
    </message>
    <message>
        <location filename="../engine/client/producer.cpp" line="520"/>
        <source>%1 failed with %2</source>
        <translation>%1 条失败：%2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="61"/>
        <source>INVARIANT VIOLATED: %1: %2</source>
        <translation>违反不变量：%1：%2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="65"/>
        <source>%1: the unclean leader happens to hold every acknowledged acks=all record</source>
        <translation>%1：非干净（unclean）领导者恰好持有所有已确认的 acks=all 记录</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="68"/>
        <source>%1: the unclean election lost %2 acknowledged acks=all record(s), offsets %3..%4</source>
        <translation>%1：非干净（unclean）选举丢失了 %2 条已确认的 acks=all 记录，offset %3..%4</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="133"/>
        <source>node %1 (broker+controller)</source>
        <translation>节点 %1（Broker+控制器）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="134"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="135"/>
        <source>controller %1</source>
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="136"/>
        <source>zookeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="140"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="141"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="170"/>
        <location filename="../engine/cluster/cluster.cpp" line="180"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="38"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="51"/>
        <location filename="../engine/scenario/runner.cpp" line="528"/>
        <source>there is no broker %1 (brokers are 1..%2)</source>
        <translation>不存在 broker %1（broker 编号为 1..%2）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="171"/>
        <source>broker %1 is already stopped</source>
        <translation>broker %1 已经停止</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="172"/>
        <source>%1 killed (a crash: its log on disk survives)</source>
        <translation>%1 已终止（崩溃：其磁盘上的日志保留）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="181"/>
        <source>broker %1 is running; kill it first</source>
        <translation>broker %1 正在运行；请先 kill 它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="182"/>
        <location filename="../engine/cluster/cluster.cpp" line="223"/>
        <source>%1 restarted</source>
        <translation>%1 已重启</translation>
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
        <translation>不存在节点 %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="190"/>
        <source>%1 paused (like a long GC pause: it holds what it receives)</source>
        <translation>%1 已暂停（如同长时间的 GC 停顿：它扣留收到的内容）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="200"/>
        <source>%1 is not paused</source>
        <translation>%1 未暂停</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="201"/>
        <source>%1 resumed</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no ZooKeeper node %1</source>
        <translation>不存在 ZooKeeper 节点 %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="209"/>
        <location filename="../engine/cluster/cluster.cpp" line="220"/>
        <source>there is no controller %1</source>
        <translation>不存在 controller %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="211"/>
        <source>%1 is already stopped</source>
        <translation>%1 已经停止</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="212"/>
        <source>%1 killed (its log on disk survives)</source>
        <translation>%1 已终止（其磁盘上的日志保留）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="222"/>
        <source>%1 is running; kill it first</source>
        <translation>%1 正在运行；请先 kill 它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="231"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="24"/>
        <source>a link needs two different nodes</source>
        <translation>一条链路需要两个不同的节点</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 ⇹ %2 cut</source>
        <translation>链路 %1 ⇹ %2 已切断</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="235"/>
        <source>link %1 → %2 cut (one way: %2 can still reach %1)</source>
        <translation>链路 %1 → %2 已切断（单向：%2 仍可到达 %1）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="248"/>
        <source>link %1 ⇹ %2 healed</source>
        <translation>链路 %1 ⇹ %2 已恢复</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="257"/>
        <source>%1 isolated from every other node</source>
        <translation>%1 已与所有其他节点隔离</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="266"/>
        <source>every link healed</source>
        <translation>所有链路均已恢复</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="285"/>
        <source>no answer from the controller within default.api.timeout.ms (60000 ms)</source>
        <translation>在 default.api.timeout.ms（60000 ms）内没有收到 controller 的应答</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="336"/>
        <source>broker %1 added to the cluster</source>
        <translation>Broker %1 已加入集群</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="354"/>
        <source>broker %1 is being decommissioned: moving its %2 replica(s) to other brokers</source>
        <translation>Broker %1 正在退役：将其 %2 个副本迁移到其他 Broker</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="365"/>
        <source>no live broker outside %1 can take %2&apos;s replica</source>
        <translation>%1 之外没有存活的 broker 能接收 %2 的副本</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="30"/>
        <source>a consumer needs a name (its client.id)</source>
        <translation>consumer 需要一个名称（它的 client.id）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="36"/>
        <source>consumer %1 already exists; remove or kill it first</source>
        <translation>consumer %1 已存在；请先 remove 或 kill 它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 started again (node %2)</source>
        <translation>消费者 %1 已再次启动（节点 %2）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="47"/>
        <source>consumer %1 added (node %2)</source>
        <translation>消费者 %1 已添加（节点 %2）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="49"/>
        <source>consumer %1 started again (node %2, group %3)</source>
        <translation>消费者 %1 已再次启动（节点 %2，组 %3）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="50"/>
        <source>consumer %1 added (node %2, group %3)</source>
        <translation>消费者 %1 已添加（节点 %2，组 %3）</translation>
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
        <translation>不存在 consumer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="61"/>
        <source>consumer %1 is not running (it was killed)</source>
        <translation>consumer %1 未在运行（它已被 kill）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="63"/>
        <source>consumer %1 is paused; resume it first</source>
        <translation>consumer %1 已暂停；请先 resume 它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="65"/>
        <source>consumer %1 is already closed</source>
        <translation>consumer %1 已经关闭</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="67"/>
        <source>consumer %1 closing (close(): it finishes its batch, commits, and leaves the group)</source>
        <translation>消费者 %1 正在关闭（close()：它处理完当前批次、提交并离开组）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="78"/>
        <source>consumer %1 is already stopped</source>
        <translation>consumer %1 已经停止</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="81"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup; the coordinator notices after session.timeout.ms (%2))</source>
        <translation>消费者 %1 已终止（崩溃：没有提交，没有 LeaveGroup；协调器在 session.timeout.ms（%2）后才察觉）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="85"/>
        <source>consumer %1 killed (a crash: no commit, no LeaveGroup)</source>
        <translation>消费者 %1 已终止（崩溃：没有提交，没有 LeaveGroup）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="95"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="117"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="129"/>
        <source>consumer %1 is not running</source>
        <translation>consumer %1 未在运行</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="97"/>
        <source>consumer %1 paused (like a long GC pause: no poll, no heartbeat, no processing)</source>
        <translation>消费者 %1 已暂停（如同长时间的 GC 停顿：没有 poll，没有心跳，没有处理）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="107"/>
        <source>consumer %1 is not paused</source>
        <translation>consumer %1 未暂停</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="108"/>
        <source>consumer %1 resumed</source>
        <translation>消费者 %1 已恢复</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="119"/>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="131"/>
        <source>consumer %1 is paused</source>
        <translation>consumer %1 已暂停</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_consumers.cpp" line="136"/>
        <source>%1 ends at offset %2; a seek goes to %2 at most</source>
        <translation>%1 结束于 offset %2；seek 最多只能到 %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="28"/>
        <source>link %1 ⇹ %2 slowed: latency %3, jitter %4, loss %5%</source>
        <translation>链路 %1 ⇹ %2 已变慢：延迟 %3，抖动 %4，丢包 %5%</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="29"/>
        <source>link %1 → %2 slowed: latency %3, jitter %4, loss %5% (one way: %2 → %1 stays as it was)</source>
        <translation>链路 %1 → %2 已变慢：延迟 %3，抖动 %4，丢包 %5%（单向：%2 → %1 保持不变）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="39"/>
        <location filename="../engine/cluster/cluster_faults.cpp" line="52"/>
        <source>broker %1 is stopped</source>
        <translation>broker %1 已停止</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="40"/>
        <source>the delay cannot be negative</source>
        <translation>延迟不能为负数</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="42"/>
        <source>broker %1 is a slow follower: its replica fetchers wait %2 between fetches</source>
        <translation>Broker %1 是慢速 follower：其副本拉取线程在两次拉取之间等待 %2</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="44"/>
        <source>broker %1&apos;s replica fetchers are back to normal</source>
        <translation>Broker %1 的副本拉取线程已恢复正常</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="53"/>
        <source>broker %1&apos;s disk is already full</source>
        <translation>broker %1 的磁盘已经满了</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_faults.cpp" line="55"/>
        <source>broker %1&apos;s disk is full: its next write fails (a restart after freeing space heals it)</source>
        <translation>Broker %1 的磁盘已满：其下一次写入会失败（释放空间后重启即可恢复）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="116"/>
        <source>%1 bytes of records since the last one (metadata.log.max.record.bytes.between.snapshots=%2)</source>
        <translation>自上一个快照以来已有 %1 字节的记录（metadata.log.max.record.bytes.between.snapshots=%2）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="119"/>
        <source>%1 since the last one (metadata.log.max.snapshot.interval.ms=%2)</source>
        <translation>距上一个快照已过 %1（metadata.log.max.snapshot.interval.ms=%2）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="125"/>
        <source>controller %1 wrote metadata snapshot at offset %2 (epoch %3), %4; its metadata log now starts at %5</source>
        <translation>控制器 %1 在 offset %2（纪元 %3）写入了元数据快照，%4；其元数据日志现在从 %5 开始</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="139"/>
        <source>controller %1 was behind the log start of quorum leader %2; loaded snapshot %3 (FetchSnapshot) and fetches the records after it</source>
        <translation>控制器 %1 落后于仲裁领导者 %2 的日志起点；已加载快照 %3（FetchSnapshot），并拉取其后的记录</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="151"/>
        <source>controller %1 is the active controller (epoch %2)</source>
        <translation>控制器 %1 是活动控制器（纪元 %2）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="157"/>
        <source>controller %1 is no longer the active controller</source>
        <translation>控制器 %1 不再是活动控制器</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="162"/>
        <source>the controller lost its leadership before the change was committed</source>
        <translation>controller 在变更提交之前失去了 leader 身份</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="180"/>
        <source>metadata log @%1 committed: %2</source>
        <translation>元数据日志 @%1 已提交：%2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="245"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4, leader moves to broker %5</source>
        <translation>控制器 %1：%2 重新分配完成：副本 %3 → %4，领导者移至 Broker %5</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="248"/>
        <source>controller %1: %2 reassignment done: replicas %3 → %4</source>
        <translation>控制器 %1：%2 重新分配完成：副本 %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="260"/>
        <location filename="../engine/controller/controller.cpp" line="323"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="521"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="573"/>
        <source>Partition %1 does not exist.</source>
        <translation>分区 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="263"/>
        <source>broker %1 is already the preferred leader of %2</source>
        <translation>broker %1 已经是 %2 的首选 leader</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="267"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR %2</source>
        <translation>首选 leader（broker %1）未存活或不在 ISR %2 中</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="273"/>
        <source>controller %1: preferred leader election for %2</source>
        <translation>控制器 %1：为 %2 进行首选领导者选举</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="299"/>
        <source>controller %1: broker %2 leads only %3 of the %4 partitions it is preferred for (over leader.imbalance.per.broker.percentage %5%) → preferred leader election</source>
        <translation>控制器 %1：Broker %2 只领导其作为首选的 %4 个分区中的 %3 个（超过 leader.imbalance.per.broker.percentage %5%）→ 首选领导者选举</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="326"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="578"/>
        <source>a reassignment of %1 is already running</source>
        <translation>%1 的重新分配已在进行中</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="329"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="581"/>
        <source>the new replica list is empty</source>
        <translation>新的副本列表为空</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="333"/>
        <location filename="../engine/controller/controller.cpp" line="380"/>
        <source>broker %1 is not registered</source>
        <translation>broker %1 未注册</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="337"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="586"/>
        <source>broker %1 is listed twice</source>
        <translation>broker %1 被列出了两次</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="360"/>
        <source>controller %1: reassigning %2 %3 → %4</source>
        <translation>控制器 %1：重新分配 %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="362"/>
        <source>controller %1: reassigning %2 %3 → %4: adding %5 must catch up and join the ISR first</source>
        <translation>控制器 %1：重新分配 %2 %3 → %4：新增的 %5 必须先追上并加入 ISR</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="385"/>
        <source>controller %1: broker %2 unregistered (UnregisterBrokerRecord) → no longer part of the cluster</source>
        <translation>控制器 %1：broker %2 已注销（UnregisterBrokerRecord）→ 不再属于集群</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="400"/>
        <source>re-registered after a restart</source>
        <translation>重启后重新注册</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="418"/>
        <source>controller %1: broker %2 reports an offline log dir in its heartbeat → its replicas are offline</source>
        <translation>控制器 %1：Broker %2 在心跳中报告日志目录离线 → 其副本离线</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="427"/>
        <source>controller %1: broker %2 caught up with the metadata log → unfenced</source>
        <translation>控制器 %1：Broker %2 已追上元数据日志 → 解除隔离（unfenced）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="441"/>
        <source>missed heartbeats for %1 (broker.session.timeout.ms %2)</source>
        <translation>已 %1 没有心跳（broker.session.timeout.ms %2）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="448"/>
        <source>controller %1: broker %2 %3 → fenced</source>
        <translation>控制器 %1：Broker %2 %3 → 被隔离（fenced）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="532"/>
        <source>controller %1: %2 is offline: no in-sync replica is alive (leader epoch %3)</source>
        <translation>控制器 %1：%2 离线：没有存活的同步副本（领导者纪元 %3）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="535"/>
        <source>controller %1: %2: new leader broker %3 (epoch %4)</source>
        <translation>控制器 %1：%2：新领导者 Broker %3（纪元 %4）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="538"/>
        <source>%1 by UNCLEAN election: records only the old ISR had are lost</source>
        <translation>%1，通过非干净（UNCLEAN）选举：只有旧 ISR 拥有的记录丢失了</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="540"/>
        <source>%1, ISR %2 → %3</source>
        <translation>%1，ISR %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="543"/>
        <source>controller %1: %2 ISR %3 → %4</source>
        <translation>控制器 %1：%2 ISR %3 → %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="544"/>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>controller %1: %2</source>
        <translation>控制器 %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="605"/>
        <source>controller %1: %2 ISR %3 → %4 (asked by leader %5)</source>
        <translation>控制器 %1：%2 ISR %3 → %4（由领导者 %5 请求）</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="642"/>
        <source>controller %1: created topic %2 with %3 partition(s), replication factor %4</source>
        <translation>控制器 %1：已创建主题 %2，%3 个分区，副本因子 %4</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="656"/>
        <location filename="../engine/controller/controller.cpp" line="671"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="477"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="494"/>
        <source>Topic &apos;%1&apos; does not exist.</source>
        <translation>topic &apos;%1&apos; 不存在。</translation>
    </message>
    <message>
        <location filename="../engine/controller/controller.cpp" line="658"/>
        <source>controller %1: deleted topic %2</source>
        <translation>控制器 %1：已删除主题 %2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="117"/>
        <source>group %1: %2</source>
        <translation>组 %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="233"/>
        <source>%1 (%2, generation %3, %4 member(s), %5 committed offset(s))</source>
        <translation>%1（%2，第 %3 代，%4 个成员，%5 个已提交的 offset）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="240"/>
        <source>broker %1 is now group coordinator for %2 (leader epoch %3): %4</source>
        <translation>Broker %1 现在是 %2 的组协调器（领导者纪元 %3）：%4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="242"/>
        <source>no groups in its %1 record(s)</source>
        <translation>其 %1 条记录中没有组</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="243"/>
        <source>loaded %1 from %2 record(s)</source>
        <translation>从 %2 条记录中加载了 %1</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="273"/>
        <source>broker %1 is no longer its coordinator (it does not lead %2-%3 any more)</source>
        <translation>Broker %1 不再是它的协调器（它不再领导 %2-%3）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="295"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4 (offsets.topic.replication.factor=%5 capped to the %6 live broker(s)), cleanup.policy=compact</source>
        <translation>Broker %1：第一次 FindCoordinator；请求控制器创建 %2，offsets.topic.num.partitions=%3，副本因子 %4（offsets.topic.replication.factor=%5 被限制为 %6 个存活的 Broker），cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="299"/>
        <source>broker %1: the first FindCoordinator; asking the controller to create %2 with offsets.topic.num.partitions=%3, replication factor %4, cleanup.policy=compact</source>
        <translation>Broker %1：第一次 FindCoordinator；请求控制器创建 %2，offsets.topic.num.partitions=%3，副本因子 %4，cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="403"/>
        <source>%1 offers assignor(s) %2, which not every member supports: INCONSISTENT_GROUP_PROTOCOL</source>
        <translation>%1 提供的分配器 %2 并非每个成员都支持：INCONSISTENT_GROUP_PROTOCOL</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="431"/>
        <source>static member %1 (group.instance.id=%2) rejoined as %3 in place of %4: no rebalance, it keeps %5</source>
        <translation>静态成员 %1（group.instance.id=%2）以 %3 取代 %4 重新加入：不再平衡，它保留 %5</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="521"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3)</source>
        <translation>%1 以 %2 加入（静态成员，group.instance.id=%3）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="523"/>
        <source>%1 joins as %2 (static member, group.instance.id=%3): %4</source>
        <translation>%1 以 %2 加入（静态成员，group.instance.id=%3）：%4</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="525"/>
        <source>%1 joins as %2</source>
        <translation>%1 以 %2 加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="526"/>
        <source>%1 joins as %2: %3</source>
        <translation>%1 以 %2 加入：%3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="528"/>
        <source>new member %1 (%2) joined</source>
        <translation>新成员 %1（%2）已加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="540"/>
        <source>%1 (%2) rejoined: %3</source>
        <translation>%1（%2）重新加入：%3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="542"/>
        <source>%1 (%2) rejoined with new metadata</source>
        <translation>%1（%2）带着新的元数据重新加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="544"/>
        <source>%1 (%2) rejoined</source>
        <translation>%1（%2）重新加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="577"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; waiting group.initial.rebalance.delay.ms (%4) for more members</source>
        <translation>PreparingRebalance（协调器 Broker %1，离开第 %2 代）：%3；等待 group.initial.rebalance.delay.ms（%4）以便更多成员加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="581"/>
        <source>PreparingRebalance (coordinator broker %1, leaving generation %2): %3; members rejoin at their next heartbeat or poll</source>
        <translation>PreparingRebalance（协调器 Broker %1，离开第 %2 代）：%3；成员在下一次心跳或 poll 时重新加入</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="600"/>
        <source>%1 removed: it did not rejoin within the rebalance timeout (max.poll.interval.ms = %2)</source>
        <translation>%1 已移除：未在再平衡超时内重新加入（max.poll.interval.ms = %2）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="619"/>
        <source>Empty at generation %1 (no members left)</source>
        <translation>Empty，第 %1 代（没有剩余成员）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="638"/>
        <source>CompletingRebalance: generation %1, assignor %2, members %3; the leader computes the assignment and sends it in SyncGroup</source>
        <translation>CompletingRebalance：第 %1 代，分配器 %2，成员 %3；领导者计算分配方案并在 SyncGroup 中发送</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="789"/>
        <source>committed %1 (from %2)</source>
        <translation>已提交 %1（来自 %2）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="816"/>
        <source>storing the assignment failed: %1</source>
        <translation>存储分配方案失败：%1</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="828"/>
        <source>Stable at generation %1 after %2: %3</source>
        <translation>Stable，第 %1 代，耗时 %2：%3</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="886"/>
        <source>%1 left the group</source>
        <translation>%1 已离开组</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="887"/>
        <source>%1 left the group (%2)</source>
        <translation>%1 已离开组（%2）</translation>
    </message>
    <message>
        <location filename="../engine/group/group_coordinator.cpp" line="941"/>
        <source>%1 removed: no heartbeat within session.timeout.ms (%2)</source>
        <translation>%1 已移除：在 session.timeout.ms（%2）内没有心跳</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="30"/>
        <source>zookeeper %1: %2</source>
        <translation>ZooKeeper %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="105"/>
        <source>no word from leader %1 for %2 (controller.quorum.fetch.timeout.ms)</source>
        <translation>%2 内没有收到领导者 %1 的消息（controller.quorum.fetch.timeout.ms）</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="110"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so broker fencing, partition leader elections, ISR changes and topic changes wait until a quorum is back</source>
        <translation>无法联系到多数（%2 个投票者中的 %1 个）：无法提交任何内容，因此 Broker 隔离、分区领导者选举、ISR 变更和主题变更都要等到仲裁恢复</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="113"/>
        <source>cannot reach a majority (%1 of %2 voters): nothing can be committed, so ZooKeeper cannot serve writes, sessions or watches until a quorum is back</source>
        <translation>无法联系到多数（%2 个投票者中的 %1 个）：无法提交任何内容，因此在仲裁恢复之前 ZooKeeper 无法处理写入、会话或 watch</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="130"/>
        <source>resigns as quorum leader: heard from only %1 of %2 voters within %3</source>
        <translation>辞去仲裁领导者：在 %3 内只收到 %2 个投票者中 %1 个的消息</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="191"/>
        <source>follows quorum leader %1 in epoch %2</source>
        <translation>在纪元 %2 跟随仲裁领导者 %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="204"/>
        <source>asks the other voters for a pre-vote for epoch %1</source>
        <translation>请求其他投票者为纪元 %1 进行预投票</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="218"/>
        <source>stands for election as quorum leader in epoch %1</source>
        <translation>在纪元 %1 参选仲裁领导者</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="235"/>
        <source>is the quorum leader (a 1-voter quorum) in epoch %1</source>
        <translation>在纪元 %1 成为仲裁领导者（只有 1 个投票者的仲裁）</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="237"/>
        <source>won the election: quorum leader in epoch %1 with %2 of %3 votes</source>
        <translation>赢得选举：以 %3 票中的 %2 票成为纪元 %1 的仲裁领导者</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="274"/>
        <source>votes for controller %1 in epoch %2</source>
        <translation>在纪元 %2 投票给控制器 %1</translation>
    </message>
    <message>
        <location filename="../engine/raft/raft_replica.cpp" line="420"/>
        <source>truncated %1 uncommitted metadata record(s) that diverged from leader %2</source>
        <translation>截断了 %1 条与领导者 %2 分叉的未提交元数据记录</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="170"/>
        <source>missing %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="176"/>
        <source>unexpected &apos;%1&apos;; usage: %2</source>
        <translation>意外的 &apos;%1&apos;；用法：%2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="187"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes none)</source>
        <translation>&apos;%2&apos; 的未知选项 &apos;%1&apos;（它不接受任何选项）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="188"/>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos; (it takes %3)</source>
        <translation>&apos;%2&apos; 的未知选项 &apos;%1&apos;（它接受 %3）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="194"/>
        <location filename="../engine/scenario/runner.cpp" line="225"/>
        <source>no cluster yet: start the scenario with a &apos;cluster&apos; command, e.g. &apos;cluster brokers=3&apos;</source>
        <translation>还没有集群：请以 &apos;cluster&apos; 命令开始场景，例如 &apos;cluster brokers=3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="201"/>
        <source>&apos;%1&apos; is not a node id</source>
        <translation>&apos;%1&apos; 不是节点 ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="212"/>
        <source>&apos;%1&apos; is neither a node id nor a consumer&apos;s or producer&apos;s name</source>
        <translation>&apos;%1&apos; 既不是节点 ID，也不是 consumer 或 producer 的名称</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="222"/>
        <source>a command must start with a word, e.g. &apos;cluster&apos;, &apos;topic&apos;, &apos;produce&apos;</source>
        <translation>命令必须以一个单词开头，例如 &apos;cluster&apos;、&apos;topic&apos;、&apos;produce&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="243"/>
        <source>unknown command &apos;%1&apos; (commands: cluster, config, topic, produce, producer, consumer, broker, controller, leader, partition, link, isolate, heal, network, chaos, advance, expect, print)</source>
        <translation>未知命令 &apos;%1&apos;（命令：cluster、config、topic、produce、producer、consumer、broker、controller、leader、partition、link、isolate、heal、network、chaos、advance、expect、print）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="252"/>
        <source>the cluster is already defined; a scenario has one &apos;cluster&apos; command, at the start</source>
        <translation>集群已经定义；一个场景只有一条 &apos;cluster&apos; 命令，位于开头</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="261"/>
        <source>mode must be kraft or zookeeper, not &apos;%1&apos;</source>
        <translation>mode 必须是 kraft 或 zookeeper，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="266"/>
        <source>zookeepers= sizes the ZooKeeper ensemble: it needs mode=zookeeper</source>
        <translation>zookeepers= 设置 ZooKeeper 集合（ensemble）的大小：需要 mode=zookeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="269"/>
        <source>zookeepers must be between 1 and 9, not %1</source>
        <translation>zookeepers 必须在 1 到 9 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="275"/>
        <source>brokers must be between 1 and 50, not %1</source>
        <translation>brokers 必须在 1 到 50 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="281"/>
        <source>controllers must be between 1 and 9, not %1</source>
        <translation>controllers 必须在 1 到 9 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="288"/>
        <source>process.roles is a KRaft config: it needs mode=kraft</source>
        <translation>process.roles 是 KRaft 配置：需要 mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="290"/>
        <source>process.roles on the cluster line must be broker,controller (combined mode), not &apos;%1&apos;; without it brokers and controllers are separate processes</source>
        <translation>cluster 行上的 process.roles 必须是 broker,controller（组合模式），而不是 &apos;%1&apos;；没有它时 broker 和 controller 是独立的进程</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="294"/>
        <source>process.roles=broker,controller makes brokers 1..%1 the controllers: controllers (%1) cannot exceed brokers (%2)</source>
        <translation>process.roles=broker,controller 让 broker 1..%1 同时担任 controller：controllers（%1）不能超过 brokers（%2）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="304"/>
        <source>ZooKeeper-mode cluster (Kafka&apos;s architecture before 4.0): %1 broker(s), a ZooKeeper ensemble of %2 from %3, seed %4</source>
        <translation>ZooKeeper 模式集群（Kafka 4.0 之前的架构）：%1 个 Broker，由 %2 个节点（从 %3 起）组成的 ZooKeeper 集合，种子 %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="308"/>
        <source>KRaft cluster in combined mode (process.roles=broker,controller): %1 broker(s), of which 1..%2 are the controllers too, seed %3</source>
        <translation>组合模式的 KRaft 集群（process.roles=broker,controller）：%1 个 Broker，其中 1..%2 同时也是控制器，种子 %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="312"/>
        <source>KRaft cluster: %1 broker(s), %2 controller(s) from %3, seed %4</source>
        <translation>KRaft 集群：%1 个 Broker，%2 个控制器（从 %3 起），种子 %4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="314"/>
        <source>the cluster did not become ready within 30s of simulated time</source>
        <translation>集群在 30 秒模拟时间内未能就绪</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="317"/>
        <source>cluster ready: every broker is registered and a controller broker is elected</source>
        <translation>集群就绪：每个 Broker 都已注册，并已选出控制器 Broker</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="319"/>
        <source>cluster ready: every broker is registered and unfenced</source>
        <translation>集群就绪：每个 Broker 都已注册并解除隔离（unfenced）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="328"/>
        <source>%1 is a KRaft controller config: it needs mode=kraft</source>
        <translation>%1 是 KRaft controller 配置：需要 mode=kraft</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="332"/>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 必须至少为 %2，而不是 %3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="341"/>
        <source>expected &apos;config set KEY=VALUE [topic=NAME]&apos;</source>
        <translation>应为 &apos;config set KEY=VALUE [topic=NAME]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="352"/>
        <source>config set needs at least one KEY=VALUE</source>
        <translation>config set 至少需要一个 KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="357"/>
        <source>&apos;create&apos; or &apos;delete&apos;</source>
        <translation>&apos;create&apos; 或 &apos;delete&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="358"/>
        <location filename="../engine/scenario/runner.cpp" line="469"/>
        <source>topic name</source>
        <translation>topic 名称</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="366"/>
        <source>expected &apos;topic create&apos; or &apos;topic delete&apos;, not &apos;topic %1&apos;</source>
        <translation>应为 &apos;topic create&apos; 或 &apos;topic delete&apos;，而不是 &apos;topic %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="386"/>
        <source>%1 failed: %2: %3</source>
        <translation>%1 失败：%2：%3</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="393"/>
        <source>add, remove or config</source>
        <translation>add、remove 或 config</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="396"/>
        <location filename="../engine/scenario/runner.cpp" line="406"/>
        <source>the producer&apos;s name (its client.id)</source>
        <translation>producer 的名称（它的 client.id）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="413"/>
        <source>expected &apos;producer add&apos;, &apos;producer remove&apos; or &apos;producer config&apos;, not &apos;producer %1&apos;</source>
        <translation>应为 &apos;producer add&apos;、&apos;producer remove&apos; 或 &apos;producer config&apos;，而不是 &apos;producer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="416"/>
        <source>producer config needs at least one CONFIG=VALUE</source>
        <translation>producer config 至少需要一个 CONFIG=VALUE</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="431"/>
        <source>&apos;%1&apos; must be at least %2</source>
        <translation>&apos;%1&apos; 必须至少为 %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="446"/>
        <location filename="../engine/scenario/runner.cpp" line="489"/>
        <source>acks must be 0, 1 or all, not &apos;%1&apos;</source>
        <translation>acks 必须是 0、1 或 all，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="450"/>
        <source>partitioner must be sticky (Kafka&apos;s default) or round-robin, not &apos;%1&apos;</source>
        <translation>partitioner 必须是 sticky（Kafka 的默认值）或 round-robin，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="454"/>
        <source>enable.idempotence=true is not simulated: Kafkascope&apos;s producers have no producer id or sequence numbers, so they behave as enable.idempotence=false</source>
        <translation>不模拟 enable.idempotence=true：Kafkascope 的 producer 没有 producer id 和序列号，因此其行为与 enable.idempotence=false 相同</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="457"/>
        <source>enable.idempotence must be true or false, not &apos;%1&apos;</source>
        <translation>enable.idempotence 必须是 true 或 false，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="460"/>
        <source>unknown producer config &apos;%1&apos; (acks, linger.ms, batch.size, partitioner, retries, delivery.timeout.ms, request.timeout.ms, retry.backoff.ms, max.block.ms, max.in.flight.requests.per.connection, enable.idempotence)</source>
        <translation>未知的 producer 配置 &apos;%1&apos;（acks、linger.ms、batch.size、partitioner、retries、delivery.timeout.ms、request.timeout.ms、retry.backoff.ms、max.block.ms、max.in.flight.requests.per.connection、enable.idempotence）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="481"/>
        <source>partition must be 0 or more, not %1</source>
        <translation>partition 必须大于或等于 0，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="493"/>
        <source>count must be between 1 and 10000000, not %1</source>
        <translation>count 必须在 1 到 10000000 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="501"/>
        <source>a header is written key:value, with a key; &apos;%1&apos; is not</source>
        <translation>header 的写法是 key:value，且必须有 key；&apos;%1&apos; 不是</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="512"/>
        <source>kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full</source>
        <translation>kill、restart、pause、resume、add、decommission、remove、slow、normal 或 disk-full</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="520"/>
        <source>broker id</source>
        <translation>broker ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="525"/>
        <source>broker %1 was removed from the cluster (broker remove)</source>
        <translation>broker %1 已从集群中移除（broker remove）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="534"/>
        <source>delay must be more than 0 (use &apos;broker normal %1&apos; to undo)</source>
        <translation>delay 必须大于 0（用 &apos;broker normal %1&apos; 撤销）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="557"/>
        <source>expected broker kill, restart, pause, resume, add, decommission, remove, slow, normal or disk-full, not &apos;broker %1&apos;</source>
        <translation>应为 broker kill、restart、pause、resume、add、decommission、remove、slow、normal 或 disk-full，而不是 &apos;broker %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="567"/>
        <source>kill, restart, pause or resume</source>
        <translation>kill、restart、pause 或 resume</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>ZooKeeper node id</source>
        <translation>ZooKeeper 节点 ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="568"/>
        <source>controller id (or &apos;active&apos;)</source>
        <translation>controller ID（或 &apos;active&apos;）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="575"/>
        <source>there is no active controller right now</source>
        <translation>目前没有活跃的 controller</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="580"/>
        <source>&apos;controller %1 active&apos; is not a thing: use kill or pause with &apos;active&apos;</source>
        <translation>没有 &apos;controller %1 active&apos; 这种用法：&apos;active&apos; 只能与 kill 或 pause 一起使用</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="589"/>
        <source>there is no ZooKeeper node %1 (they are numbered from %2)</source>
        <translation>不存在 ZooKeeper 节点 %1（它们从 %2 开始编号）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="591"/>
        <source>this cluster runs in KRaft mode: it has no ZooKeeper</source>
        <translation>此集群运行在 KRaft 模式：没有 ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="593"/>
        <source>in ZooKeeper mode the controller is a broker: use &apos;broker kill N&apos;, &apos;controller kill active&apos; or &apos;zookeeper kill %1&apos;</source>
        <translation>在 ZooKeeper 模式下 controller 是一个 broker：请使用 &apos;broker kill N&apos;、&apos;controller kill active&apos; 或 &apos;zookeeper kill %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="597"/>
        <source>there is no controller %1 (controllers are numbered from %2)</source>
        <translation>不存在 controller %1（controller 从 %2 开始编号）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="604"/>
        <source>expected %1 kill, restart, pause or resume, not &apos;%1 %2&apos;</source>
        <translation>应为 %1 kill、restart、pause 或 resume，而不是 &apos;%1 %2&apos;</translation>
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
        <translation>分区（TOPIC-P）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="616"/>
        <source>expected &apos;leader elect preferred TOPIC-P&apos;</source>
        <translation>应为 &apos;leader elect preferred TOPIC-P&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="621"/>
        <source>&apos;reassign&apos;</source>
        <translation>&apos;reassign&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="625"/>
        <source>expected &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</source>
        <translation>应为 &apos;partition reassign TOPIC-P replicas=[IDS]&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="628"/>
        <source>partition reassign needs replicas=[IDS], the brokers the partition moves to</source>
        <translation>partition reassign 需要 replicas=[IDS]，即分区要迁移到的 broker</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="641"/>
        <source>expected &apos;heal all&apos; (use &apos;link heal A B&apos; for one link)</source>
        <translation>应为 &apos;heal all&apos;（单条链路请用 &apos;link heal A B&apos;）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="653"/>
        <source>cut, slow or heal</source>
        <translation>cut、slow 或 heal</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="654"/>
        <source>first node id</source>
        <translation>第一个节点 ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="655"/>
        <source>second node id</source>
        <translation>第二个节点 ID</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="659"/>
        <source>oneway must be true or false</source>
        <translation>oneway 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="668"/>
        <source>link slow needs latency=DURATION, the one-way delay of the slow link (e.g. latency=200ms)</source>
        <translation>link slow 需要 latency=DURATION，即慢速链路的单向延迟（例如 latency=200ms）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="676"/>
        <location filename="../engine/scenario/runner.cpp" line="700"/>
        <source>loss is a percentage from 0 to 100, not %1</source>
        <translation>loss 是 0 到 100 之间的百分比，而不是 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="685"/>
        <source>expected &apos;link cut&apos;, &apos;link slow&apos; or &apos;link heal&apos;, not &apos;link %1&apos;</source>
        <translation>应为 &apos;link cut&apos;、&apos;link slow&apos; 或 &apos;link heal&apos;，而不是 &apos;link %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="785"/>
        <source>what to expect (leader, hw, leo, isr, offline, online, controller, ...)</source>
        <translation>要检查的内容（leader、hw、leo、isr、offline、online、controller……）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="792"/>
        <source>there is no partition %1</source>
        <translation>不存在分区 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="824"/>
        <source>there is no KRaft controller %1</source>
        <translation>不存在 KRaft controller %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="836"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="221"/>
        <source>a list compares with == or != only</source>
        <translation>列表只能用 == 或 != 比较</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="860"/>
        <location filename="../engine/scenario/runner_consumers.cpp" line="271"/>
        <source>a state compares with == or != only</source>
        <translation>状态只能用 == 或 != 比较</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="874"/>
        <source>there is no producer %1 (or it is closed)</source>
        <translation>不存在 producer %1（或它已关闭）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="884"/>
        <source>an error name compares with == or != only</source>
        <translation>错误名称只能用 == 或 != 比较</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="895"/>
        <source>unknown expectation &apos;%1&apos; (leader, hw, leo, log-start, epoch, isr, replicas, offline, online, controller, broker, snapshot, metadata-log-start, acked, failed, pending, admin, assignment, lag, committed, group, generation, members, coordinator, processed, duplicates, skipped, revoked, rebalances, position, consumed)</source>
        <translation>未知的检查项 &apos;%1&apos;（leader、hw、leo、log-start、epoch、isr、replicas、offline、online、controller、broker、snapshot、metadata-log-start、acked、failed、pending、admin、assignment、lag、committed、group、generation、members、coordinator、processed、duplicates、skipped、revoked、rebalances、position、consumed）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="903"/>
        <source>partitions, brokers, groups or controllers</source>
        <translation>partitions、brokers、groups 或 controllers</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="959"/>
        <source>expected print partitions, brokers, groups or controllers, not &apos;print %1&apos;</source>
        <translation>应为 print partitions、brokers、groups 或 controllers，而不是 &apos;print %1&apos;</translation>
    </message>
    <message>
        <source>producer-1: %1</source>
        <translation type="vanished">producer-1：%1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="705"/>
        <source>network: latency %1, jitter %2, loss %3%</source>
        <translation>网络：延迟 %1，抖动 %2，丢包 %3%</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="711"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner.cpp" line="766"/>
        <source>chaos over: every node running, every link healed</source>
        <translation>混乱结束：每个节点都在运行，每条链路都已恢复</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="40"/>
        <source>broker %1: its ZooKeeper session expired; opening a new one</source>
        <translation>Broker %1：其 ZooKeeper 会话已过期；打开新会话</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="50"/>
        <source>broker %1 saw /controller deleted → races to create it</source>
        <translation>Broker %1 看到 /controller 被删除 → 争抢创建它</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="25"/>
        <source>broker %1 starting, connecting to ZooKeeper</source>
        <translation>Broker %1 正在启动，连接 ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="66"/>
        <source>broker %1 registered %2 (ephemeral)</source>
        <translation>Broker %1 已注册 %2（临时节点）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="78"/>
        <source>broker %1: %2 still belongs to its previous session; retrying until that session expires</source>
        <translation>Broker %1：%2 仍属于其上一个会话；重试直到该会话过期</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="127"/>
        <source>broker %1: StopReplica for %2 from controller broker %3 (delete)</source>
        <translation>Broker %1：来自控制器 Broker %3 的 %2 的 StopReplica（删除）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="128"/>
        <source>broker %1: StopReplica for %2 from controller broker %3</source>
        <translation>Broker %1：来自控制器 Broker %3 的 %2 的 StopReplica</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="211"/>
        <source>broker %1 created %2 to tell the controller</source>
        <translation>Broker %1 创建了 %2 以通知控制器</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_broker_agent.cpp" line="212"/>
        <source>broker %1 could not create %2: %3</source>
        <translation>Broker %1 无法创建 %2：%3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="30"/>
        <source>controller broker %1: %2</source>
        <translation>控制器 Broker %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="75"/>
        <source>could not claim controller epoch %1: %2</source>
        <translation>无法获取控制器纪元 %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="79"/>
        <source>won the race to create /controller: it is the controller (controller epoch %1); reading the cluster state from ZooKeeper</source>
        <translation>赢得创建 /controller 的竞争：它成为控制器（控制器纪元 %1）；从 ZooKeeper 读取集群状态</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="117"/>
        <source>is no longer the controller</source>
        <translation>不再是控制器</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="179"/>
        <source>loaded %1 live broker(s), %2 topic(s) and %3 partition state(s) from ZooKeeper in %4</source>
        <translation>在 %4 内从 ZooKeeper 加载了 %1 个存活 Broker、%2 个主题和 %3 个分区状态</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <source>a replica is not alive</source>
        <translation>有一个副本未存活</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="188"/>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="314"/>
        <source>its leader is not alive</source>
        <translation>其领导者未存活</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="199"/>
        <source>%1: resuming its reassignment (adding %2, removing %3)</source>
        <translation>%1：继续其重新分配（新增 %2，移除 %3）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="223"/>
        <source>/brokers/ids/%1 is gone (its ZooKeeper session ended) → broker %1 is dead</source>
        <translation>/brokers/ids/%1 已消失（其 ZooKeeper 会话已结束）→ Broker %1 已死</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="226"/>
        <source>/brokers/ids/%1 appeared → broker %1 is alive</source>
        <translation>/brokers/ids/%1 出现 → Broker %1 存活</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="432"/>
        <source>the controller is still loading</source>
        <translation>controller 仍在加载中</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="443"/>
        <source>creating topic %1 with %2 partition(s): writing /brokers/topics/%1 and one state znode per partition</source>
        <translation>创建主题 %1，%2 个分区：写入 /brokers/topics/%1，并为每个分区写一个状态 znode</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="527"/>
        <source>broker %1 is already the preferred leader</source>
        <translation>broker %1 已经是首选 leader</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="533"/>
        <source>the preferred leader, broker %1, is not alive and in the ISR</source>
        <translation>首选 leader（broker %1）未存活或不在 ISR 中</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="602"/>
        <source>broker %1 is not alive (live brokers %2)</source>
        <translation>broker %1 未存活（存活的 broker：%2）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="607"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6, removing %7; %6 must catch up and join the ISR first</source>
        <translation>重新分配 %1 %2 → %3：写入 /brokers/topics/%4，副本 %5，新增 %6，移除 %7；%6 必须先追上并加入 ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="610"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, adding %6; %6 must catch up and join the ISR first</source>
        <translation>重新分配 %1 %2 → %3：写入 /brokers/topics/%4，副本 %5，新增 %6；%6 必须先追上并加入 ISR</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="613"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5, removing %7</source>
        <translation>重新分配 %1 %2 → %3：写入 /brokers/topics/%4，副本 %5，移除 %7</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="615"/>
        <source>reassigning %1 %2 → %3: writing /brokers/topics/%4 with replicas %5</source>
        <translation>重新分配 %1 %2 → %3：写入 /brokers/topics/%4，副本 %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="629"/>
        <source>could not write /brokers/topics/%1 (the topic is gone or another controller took over)</source>
        <translation>无法写入 /brokers/topics/%1（主题已不存在，或另一个控制器已接管）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="632"/>
        <source>the reassignment could not be written to ZooKeeper</source>
        <translation>无法把重新分配写入 ZooKeeper</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="679"/>
        <source>%1: every target replica %2 is in the ISR → leader moves to broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1：每个目标副本 %2 都在 ISR 中 → 领导者移至 Broker %3（纪元 %4），ISR %5；写入 %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="683"/>
        <source>%1: every target replica %2 is in the ISR → ISR %3; writing %4</source>
        <translation>%1：每个目标副本 %2 都在 ISR 中 → ISR %3；写入 %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="709"/>
        <source>%1 reassignment done: replicas %2 → %3</source>
        <translation>%1 重新分配完成：副本 %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="710"/>
        <source>%1 reassignment done: replicas %2 → %3; StopReplica (delete) to broker(s) %4</source>
        <translation>%1 重新分配完成：副本 %2 → %3；向 Broker %4 发送 StopReplica（删除）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>a replica died</source>
        <translation>有一个副本死亡</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="231"/>
        <source>it has no leader</source>
        <translation>它没有领导者</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="272"/>
        <source>%1 (%2): offline, no in-sync replica is alive, ISR %3; writing %4</source>
        <translation>%1（%2）：离线，没有存活的同步副本，ISR %3；写入 %4</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="274"/>
        <source>%1 (%2): leader broker %3 (epoch %4) by UNCLEAN election, ISR %5; writing %6</source>
        <translation>%1（%2）：通过非干净（UNCLEAN）选举，领导者为 Broker %3（纪元 %4），ISR %5；写入 %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="277"/>
        <source>%1 (%2): leader broker %3 (epoch %4), ISR %5; writing %6</source>
        <translation>%1（%2）：领导者 Broker %3（纪元 %4），ISR %5；写入 %6</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="294"/>
        <source>could not write %1: %2 (the znode or /controller_epoch changed); reading it again</source>
        <translation>无法写入 %1：%2（znode 或 /controller_epoch 已改变）；重新读取</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="408"/>
        <source>%1 ISR %2 → %3 (asked by leader %4); writing %5</source>
        <translation>%1 ISR %2 → %3（由领导者 %4 请求）；写入 %5</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="480"/>
        <source>deleting topic %1</source>
        <translation>删除主题 %1</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="512"/>
        <source>configs changed</source>
        <translation>配置已更改</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller.cpp" line="540"/>
        <source>%1: preferred leader election → broker %2 (epoch %3)</source>
        <translation>%1：首选领导者选举 → Broker %2（纪元 %3）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="39"/>
        <source>%1/log_dir_event_%2 appeared → broker %2&apos;s log dir is offline, and so are its replicas</source>
        <translation>%1/log_dir_event_%2 出现 → Broker %2 的日志目录离线，其副本也随之离线</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zk_controller_log_dirs.cpp" line="45"/>
        <source>a replica&apos;s log dir is offline</source>
        <translation>某个副本的日志目录离线</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="51"/>
        <source>zookeeper %1 leads the ZooKeeper ensemble</source>
        <translation>ZooKeeper %1 领导 ZooKeeper 集合</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="85"/>
        <source>zookeeper %1: session %2 of node %3 expired (no request or ping for %4, zookeeper.session.timeout.ms %5)</source>
        <translation>ZooKeeper %1：节点 %3 的会话 %2 已过期（%4 内没有请求或 ping，zookeeper.session.timeout.ms %5）</translation>
    </message>
    <message>
        <location filename="../engine/zookeeper/zookeeper_server.cpp" line="206"/>
        <source>zookeeper %1: session %2 closed → ephemeral znodes deleted: %3</source>
        <translation>ZooKeeper %1：会话 %2 已关闭 → 已删除临时 znode：%3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="37"/>
        <source>&apos;%1&apos; is already a consumer&apos;s client.id; give the producer another name</source>
        <translation>&apos;%1&apos; 已经是某个 consumer 的 client.id；请给 producer 另取一个名称</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="44"/>
        <source>producer %1 already exists (it is still closing)</source>
        <translation>producer %1 已存在（它仍在关闭中）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="45"/>
        <source>producer %1 already exists; remove it first or choose another name</source>
        <translation>producer %1 已存在；请先移除它或另选一个名称</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="53"/>
        <source>the cluster already has %1 producers, the most it can hold</source>
        <translation>集群已有 %1 个 producer，已达上限</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="60"/>
        <source>producer %1 started again (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>生产者 %1 已再次启动（节点 %2，acks=%3，linger.ms=%4，batch.size=%5，partitioner=%6）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="62"/>
        <source>producer %1 added (node %2, acks=%3, linger.ms=%4, batch.size=%5, partitioner=%6)</source>
        <translation>生产者 %1 已添加（节点 %2，acks=%3，linger.ms=%4，batch.size=%5，partitioner=%6）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="73"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="89"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="101"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="341"/>
        <location filename="../engine/scenario/runner.cpp" line="419"/>
        <source>there is no producer %1</source>
        <translation>不存在 producer %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="75"/>
        <source>producer %1 is already removed (closed)</source>
        <translation>producer %1 已被移除（已关闭）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="76"/>
        <source>producer %1 is already closing</source>
        <translation>producer %1 已在关闭中</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="77"/>
        <source>producer %1 is paused; resume it first</source>
        <translation>producer %1 已暂停；请先 resume 它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="80"/>
        <source>producer %1 closing (close(): it sends what it holds without waiting for linger.ms, and waits for %2 record(s) to be acknowledged or to fail)</source>
        <translation>生产者 %1 正在关闭（close()：它不等 linger.ms 就发送手头的记录，并等待 %2 条记录被确认或失败）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_producers.cpp" line="104"/>
        <source>producer %1 is closed: it takes no more records (send() after close())</source>
        <translation>producer %1 已关闭：不再接受记录（close() 之后的 send()）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="34"/>
        <source>broker %1 was already removed from the cluster</source>
        <translation>broker %1 已经从集群中移除</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster.cpp" line="342"/>
        <location filename="../engine/cluster/cluster_membership.cpp" line="35"/>
        <location filename="../engine/scenario/runner.cpp" line="857"/>
        <source>there is no broker %1</source>
        <translation>不存在 broker %1</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="37"/>
        <source>node %1 is a controller too (process.roles=broker,controller): removing it would change the controller quorum, which is not simulated</source>
        <translation>节点 %1 同时也是 controller（process.roles=broker,controller）：移除它会改变 controller 仲裁（quorum），而这不在模拟范围内</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="46"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3 and %4 more; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>broker %1 仍托管 %2 个分区的副本：%3 以及另外 %4 个；请先将它们移走（&apos;partition reassign TOPIC-P [IDS]&apos;，或用 &apos;broker decommission %1&apos; 移走全部），然后再移除它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="50"/>
        <source>broker %1 still hosts replicas of %2 partition(s): %3; move them away first (&apos;partition reassign TOPIC-P [IDS]&apos;, or &apos;broker decommission %1&apos; for all of them), then remove it</source>
        <translation>broker %1 仍托管 %2 个分区的副本：%3；请先将它们移走（&apos;partition reassign TOPIC-P [IDS]&apos;，或用 &apos;broker decommission %1&apos; 移走全部），然后再移除它</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="55"/>
        <source>broker %1 is the cluster&apos;s last broker</source>
        <translation>broker %1 是集群中最后一个 broker</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="58"/>
        <source>broker %1 shut down to be removed from the cluster (it hosts no replicas)</source>
        <translation>broker %1 已关闭，准备从集群中移除（它不承载副本）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="73"/>
        <source>broker %1 is stopped, but no controller broker saw its /brokers/ids znode go within %2; try &apos;broker remove %1&apos; again later</source>
        <translation>broker %1 已停止，但在 %2 内没有 controller broker 看到它的 /brokers/ids znode 消失；请稍后再试 &apos;broker remove %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="84"/>
        <source>broker %1 is stopped, but unregistering it failed: %2: %3</source>
        <translation>broker %1 已停止，但注销失败：%2：%3</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="89"/>
        <source>broker %1 removed from the cluster (its /brokers/ids znode is gone)</source>
        <translation>broker %1 已从集群移除（其 /brokers/ids znode 已消失）</translation>
    </message>
    <message>
        <location filename="../engine/cluster/cluster_membership.cpp" line="91"/>
        <source>broker %1 removed from the cluster (unregistered by the controller)</source>
        <translation>broker %1 已从集群移除（已由控制器注销）</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="22"/>
        <source>choose a topic</source>
        <translation>请选择一个 topic</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="24"/>
        <source>a topic name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>topic 名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="28"/>
        <source>a partition is 0 or more</source>
        <translation>分区号必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="30"/>
        <source>the key has a line break; the command log keeps one line per record</source>
        <translation>key 中有换行；命令日志每条记录只占一行</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="33"/>
        <source>the value has a line break; the command log keeps one line per record (JSON is sent compact)</source>
        <translation>value 中有换行；命令日志每条记录只占一行（JSON 会以紧凑格式发送）</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="36"/>
        <source>acks is 0, 1 or all</source>
        <translation>acks 是 0、1 或 all</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="40"/>
        <source>a header needs a key</source>
        <translation>header 需要一个 key</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="42"/>
        <source>a header key cannot contain &apos;:&apos;</source>
        <translation>header 的 key 不能包含 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="47"/>
        <source>a header key cannot contain , [ ] { } &quot; or a line break</source>
        <translation>header 的 key 不能包含 , [ ] { } &quot; 或换行</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="49"/>
        <source>a header value cannot contain , [ ] { } &quot; or a line break</source>
        <translation>header 的 value 不能包含 , [ ] { } &quot; 或换行</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="52"/>
        <source>a header key cannot start or end with a space</source>
        <translation>header 的 key 不能以空格开头或结尾</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="53"/>
        <source>a header value cannot start or end with a space</source>
        <translation>header 的 value 不能以空格开头或结尾</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="60"/>
        <location filename="../engine/cluster/cluster_producers.cpp" line="35"/>
        <source>a producer needs a name (its client.id)</source>
        <translation>producer 需要一个名称（它的 client.id）</translation>
    </message>
    <message>
        <location filename="../engine/api/records.cpp" line="62"/>
        <source>a producer&apos;s name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>producer 名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="92"/>
        <source>no partition %1</source>
        <translation>没有分区 %1</translation>
    </message>
    <message>
        <location filename="../engine/runtime/record_query.cpp" line="107"/>
        <source>no replica of %1 has a log</source>
        <translation>%1 没有任何副本有日志</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="129"/>
        <source>the setup commands did not build a cluster (start them with &apos;cluster&apos;)</source>
        <translation>初始化命令没有构建集群（请以 &apos;cluster&apos; 开头）</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="249"/>
        <location filename="../engine/runtime/runtime_worker.cpp" line="255"/>
        <source>no cluster is running</source>
        <translation>没有正在运行的集群</translation>
    </message>
    <message>
        <location filename="../engine/runtime/runtime_worker.cpp" line="342"/>
        <source>producer %1 is closing: it takes no more records</source>
        <translation>producer %1 正在关闭：不再接受记录</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="81"/>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>重复的键 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="90"/>
        <source>missing key name before &apos;=&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 中 &apos;=&apos; 之前缺少键名</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="93"/>
        <source>unexpected word &apos;%1&apos; after key=value options (positional words come first; a value containing spaces must be quoted)</source>
        <translation>key=value 选项之后出现意外的单词 &apos;%1&apos;（位置参数在前；含空格的值必须加引号）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="105"/>
        <source>unexpected &apos;%1&apos; after the closing quote (expected a space)</source>
        <translation>右引号之后出现意外的 &apos;%1&apos;（应为空格）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="107"/>
        <source>unexpected &apos;%1&apos; after &apos;%2&apos; (expected a space)</source>
        <translation>&apos;%2&apos; 之后出现意外的 &apos;%1&apos;（应为空格）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="124"/>
        <source>unterminated quoted string (missing closing &apos;&quot;&apos;)</source>
        <translation>未结束的引号字符串（缺少右侧的 &apos;&quot;&apos;）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="151"/>
        <source>unbalanced &apos;%1&apos;: nothing to close</source>
        <translation>不配对的 &apos;%1&apos;：没有可闭合的内容</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="153"/>
        <source>unbalanced &apos;%1&apos;: it does not match &apos;%2&apos; at column %3</source>
        <translation>不配对的 &apos;%1&apos;：与第 %3 列的 &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="167"/>
        <source>unterminated string (missing closing &apos;&quot;&apos;)</source>
        <translation>未结束的字符串（缺少右侧的 &apos;&quot;&apos;）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="170"/>
        <source>unbalanced &apos;%1&apos;: missing &apos;%2&apos;</source>
        <translation>不配对的 &apos;%1&apos;：缺少 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="231"/>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3：错误：%4</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="254"/>
        <source>invalid duration &apos;%1&apos;: durations cannot be negative</source>
        <translation>无效的时长 &apos;%1&apos;：时长不能为负</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="274"/>
        <source>invalid duration &apos;%1&apos;: expected a duration such as 250ms, 5s, 2m, 1h or 100us</source>
        <translation>无效的时长 &apos;%1&apos;：应为 250ms、5s、2m、1h 或 100us 这样的时长</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="280"/>
        <source>duration &apos;%1&apos; is too large</source>
        <translation>时长 &apos;%1&apos; 太大</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="289"/>
        <source>invalid integer &apos;%1&apos;: expected a whole number</source>
        <translation>无效的整数 &apos;%1&apos;：应为整数</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="293"/>
        <source>integer &apos;%1&apos; is out of range</source>
        <translation>整数 &apos;%1&apos; 超出范围</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="300"/>
        <source>invalid partition &apos;%1&apos;: expected TOPIC-PARTITION such as orders-0</source>
        <translation>无效的分区 &apos;%1&apos;：应为 orders-0 这样的 TOPIC-PARTITION</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="308"/>
        <source>invalid partition &apos;%1&apos;: &apos;%2&apos; is not a partition number (expected TOPIC-PARTITION such as orders-0)</source>
        <translation>无效的分区 &apos;%1&apos;：&apos;%2&apos; 不是分区号（应为 orders-0 这样的 TOPIC-PARTITION）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="318"/>
        <source>invalid list &apos;%1&apos;: expected a list such as [a, b, c]</source>
        <translation>无效的列表 &apos;%1&apos;：应为 [a, b, c] 这样的列表</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="328"/>
        <source>invalid list &apos;%1&apos;: empty element</source>
        <translation>无效的列表 &apos;%1&apos;：有空元素</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="330"/>
        <source>invalid list &apos;%1&apos;: lists cannot be nested</source>
        <translation>无效的列表 &apos;%1&apos;：列表不能嵌套</translation>
    </message>
    <message>
        <location filename="../engine/scenario/lexer.cpp" line="343"/>
        <source>invalid comparison operator &apos;%1&apos;: expected ==, !=, &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>无效的比较运算符 &apos;%1&apos;：应为 ==、!=、&lt;、&lt;=、&gt; 或 &gt;=</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="49"/>
        <source>add, remove, kill, pause, resume, commit or seek</source>
        <translation>add、remove、kill、pause、resume、commit 或 seek</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="50"/>
        <source>consumer name (its client.id)</source>
        <translation>consumer 名称（它的 client.id）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="75"/>
        <source>offset, beginning or end</source>
        <translation>offset、beginning 或 end</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="90"/>
        <source>expected consumer add, remove, kill, pause, resume, commit or seek, not &apos;consumer %1&apos;</source>
        <translation>应为 consumer add、remove、kill、pause、resume、commit 或 seek，而不是 &apos;consumer %1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="98"/>
        <source>unknown consumer option &apos;%1&apos; (consumer add takes %2)</source>
        <translation>未知的 consumer 选项 &apos;%1&apos;（consumer add 接受 %2）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="106"/>
        <source>%1 may not be negative</source>
        <translation>%1 不能为负</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="112"/>
        <source>%1 must be at least %2</source>
        <translation>%1 必须至少为 %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="119"/>
        <source>%1 is true or false</source>
        <translation>%1 只能是 true 或 false</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="126"/>
        <source>topic= names at least one topic</source>
        <translation>topic= 至少要指定一个 topic</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="134"/>
        <source>assign= names at least one partition</source>
        <translation>assign= 至少要指定一个分区</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="137"/>
        <source>consumer add needs topic=T (subscribe) or assign=[TOPIC-P, ...] (manual assignment)</source>
        <translation>consumer add 需要 topic=T（subscribe）或 assign=[TOPIC-P, ...]（手动分配）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="144"/>
        <source>unknown assignor &apos;%1&apos; (range, roundrobin, sticky, cooperative-sticky)</source>
        <translation>未知的 assignor &apos;%1&apos;（range、roundrobin、sticky、cooperative-sticky）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="147"/>
        <source>assignor= names at least one assignor</source>
        <translation>assignor= 至少要指定一个 assignor</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="150"/>
        <source>group.instance.id (static membership) needs group=G</source>
        <translation>group.instance.id（静态成员）需要 group=G</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="167"/>
        <source>heartbeat.interval.ms must be lower than session.timeout.ms</source>
        <translation>heartbeat.interval.ms 必须小于 session.timeout.ms</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="169"/>
        <source>heartbeat.interval.ms, max.poll.interval.ms and auto.commit.interval.ms must be positive</source>
        <translation>heartbeat.interval.ms、max.poll.interval.ms 和 auto.commit.interval.ms 必须为正数</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="175"/>
        <source>auto.offset.reset is earliest, latest or none, not &apos;%1&apos;</source>
        <translation>auto.offset.reset 只能是 earliest、latest 或 none，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="183"/>
        <source>commit is after (at-least-once), before (at-most-once) or none, not &apos;%1&apos;</source>
        <translation>commit 只能是 after（at-least-once）、before（at-most-once）或 none，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="186"/>
        <source>commit=%1 needs group=G: offsets are committed to a group</source>
        <translation>commit=%1 需要 group=G：offset 是提交到消费组的</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="193"/>
        <source>enable.auto.commit=true needs group=G (Kafka: InvalidConfigurationException)</source>
        <translation>enable.auto.commit=true 需要 group=G（Kafka：InvalidConfigurationException）</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="203"/>
        <source>there is no consumer group %1</source>
        <translation>不存在消费组 %1</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="214"/>
        <source>group %1 does not read %2</source>
        <translation>消费组 %1 不读取 %2</translation>
    </message>
    <message>
        <location filename="../engine/scenario/runner_consumers.cpp" line="299"/>
        <source>unknown expectation &apos;%1&apos;</source>
        <translation>未知的检查项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="107"/>
        <source>%1 (interrupted)</source>
        <translation>%1（被中断）</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="123"/>
        <location filename="../engine/check/group_ledger.cpp" line="148"/>
        <source>each partition is owned by at most one member per group generation</source>
        <translation>每个分区在每一代消费组中最多属于一个成员</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="124"/>
        <source>group %1 generation %2 assigns %3 to both %4 and %5</source>
        <translation>消费组 %1 第 %2 代把 %3 同时分配给了 %4 和 %5</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="139"/>
        <source>a committed offset never exceeds the log end offset</source>
        <translation>已提交的 offset 永远不会超过 log end offset</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="140"/>
        <source>group %1 committed %2=%3 but the leader&apos;s log ends at %4</source>
        <translation>消费组 %1 提交了 %2=%3，但 leader 的日志结束于 %4</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="149"/>
        <source>group %1: %2 took %3 in generation %4 while %5 still owns it</source>
        <translation>消费组 %1：%2 在第 %4 代接管了 %3，而 %5 仍然拥有它</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="186"/>
        <source>with commit-after-processing no record is skipped</source>
        <translation>处理后再提交（commit-after-processing）时不会跳过任何记录</translation>
    </message>
    <message>
        <location filename="../engine/check/group_ledger.cpp" line="187"/>
        <source>%1 commits %2 %3=%4 after processing, but the group never processed offset %5</source>
        <translation>%1 在处理后提交了 %2 %3=%4，但该消费组从未处理过 offset %5</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="20"/>
        <source>offsets are dense and increasing</source>
        <translation>offset 连续且递增</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="21"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as leader)</source>
        <translation>broker %1 在 offset %3 处向 %2 追加，但它的日志结束于 %4（作为 leader）</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="22"/>
        <source>broker %1 appended %2 at offset %3 but its log ended at %4 (as follower)</source>
        <translation>broker %1 在 offset %3 处向 %2 追加，但它的日志结束于 %4（作为 follower）</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="32"/>
        <source>the high watermark never goes backward on a leader</source>
        <translation>leader 上的高水位（HW）永不回退</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="33"/>
        <source>%1 on broker %2 epoch %3: HW %4 → %5</source>
        <translation>%1 在 broker %2 上，epoch %3：HW %4 → %5</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="41"/>
        <source>at most one leader per partition epoch</source>
        <translation>每个分区 epoch 最多只有一个 leader</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="42"/>
        <source>%1 epoch %2 has leaders %3 and %4</source>
        <translation>%1 的 epoch %2 有两个 leader：%3 和 %4</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>at most one quorum leader per epoch</source>
        <translation>每个 epoch 最多只有一个 quorum leader</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="60"/>
        <source>epoch %1 has leaders %2 and %3</source>
        <translation>epoch %1 有两个 leader：%2 和 %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="69"/>
        <location filename="../engine/check/invariants.cpp" line="76"/>
        <source>committed metadata entries are never lost or reordered</source>
        <translation>已提交的元数据条目永远不会丢失或乱序</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="70"/>
        <source>controller %1 has [epoch %2] %3 committed at offset %4 where [epoch %5] %6 was committed</source>
        <translation>controller %1 在 offset %4 处提交了 [epoch %2] %3，而那里已提交的是 [epoch %5] %6</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="77"/>
        <source>controller %1 committed offset %2 before offset %3</source>
        <translation>controller %1 在 offset %3 之前提交了 offset %2</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 loaded snapshot %2</source>
        <translation>controller %1 加载了快照 %2</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="98"/>
        <source>controller %1 wrote snapshot %2</source>
        <translation>controller %1 写入了快照 %2</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="102"/>
        <source>a metadata snapshot holds committed records only</source>
        <translation>元数据快照只包含已提交的记录</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="103"/>
        <source>%1, but only %2 entries are committed</source>
        <translation>%1，但只有 %2 个条目已提交</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="107"/>
        <source>a metadata snapshot&apos;s id names its last committed entry</source>
        <translation>元数据快照的 id 指向它最后一个已提交的条目</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="108"/>
        <source>%1, but the committed entry at offset %2 has epoch %3</source>
        <translation>%1，但 offset %2 处已提交的条目的 epoch 是 %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="117"/>
        <source>a metadata snapshot equals the image its committed prefix builds</source>
        <translation>元数据快照等于其已提交前缀构建出的镜像</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="118"/>
        <source>%1: its image differs from what the committed entries [0, %2) build</source>
        <translation>%1：它的镜像与已提交条目 [0, %2) 构建出的不同</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="155"/>
        <source>the ISR is a subset of the replicas</source>
        <translation>ISR 是副本集合的子集</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="156"/>
        <source>%1: ISR %2 has broker %3, not a replica %4</source>
        <translation>%1：ISR %2 包含 broker %3，而它不是副本 %4 之一</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>the leader is in the ISR</source>
        <translation>leader 在 ISR 中</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="159"/>
        <source>%1: leader %2 not in ISR %3</source>
        <translation>%1：leader %2 不在 ISR %3 中</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="163"/>
        <source>leader epochs never go backward</source>
        <translation>leader epoch 永不回退</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="164"/>
        <source>%1: leader epoch %2 → %3</source>
        <translation>%1：leader epoch %2 → %3</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="277"/>
        <source>acknowledged acks=all records survive (unclean election off)</source>
        <translation>以 acks=all 确认的记录会保留下来（unclean election 关闭时）</translation>
    </message>
    <message>
        <location filename="../engine/check/invariants.cpp" line="278"/>
        <source>%1: %2 acknowledged record(s) at offsets %3..%4 are not in leader %5&apos;s log</source>
        <translation>%1：offset %3..%4 处的 %2 条已确认记录不在 leader %5 的日志中</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="21"/>
        <source>&apos;%1&apos; is not a legal topic name</source>
        <translation>&apos;%1&apos; 不是合法的 topic 名称</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="22"/>
        <source>Topic &apos;%1&apos; already exists.</source>
        <translation>topic &apos;%1&apos; 已存在。</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="27"/>
        <source>Number of partitions must be larger than 0.</source>
        <translation>分区数必须大于 0。</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="31"/>
        <source>Replication factor must be larger than 0.</source>
        <translation>副本因子必须大于 0。</translation>
    </message>
    <message>
        <location filename="../engine/controller/topic_plan.cpp" line="35"/>
        <source>Unable to replicate the partition %1 time(s): The target replication factor of %1 cannot be reached because only %2 broker(s) are registered.</source>
        <translation>无法将分区复制 %1 份：目标副本因子 %1 无法达到，因为只有 %2 个 broker 已注册。</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="57"/>
        <source>&apos;%1&apos; is a topic config; its cluster-wide default is &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 是 topic 配置；它在集群范围的默认配置是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="59"/>
        <source>unknown broker config &apos;%1&apos;</source>
        <translation>未知的 broker 配置 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="61"/>
        <source>unknown topic config &apos;%1&apos;</source>
        <translation>未知的 topic 配置 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="69"/>
        <source>&apos;%1&apos; needs a whole number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 需要整数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="71"/>
        <source>&apos;%1&apos; is out of range: %2</source>
        <translation>&apos;%1&apos; 超出范围：%2</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="73"/>
        <source>&apos;%1&apos; may not be %2</source>
        <translation>&apos;%1&apos; 不能是 %2</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="77"/>
        <source>&apos;%1&apos; needs true or false, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 需要 true 或 false，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/metadata/configs.cpp" line="85"/>
        <source>&apos;%1&apos; is not a valid value for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 不是 &apos;%2&apos; 的有效值</translation>
    </message>
    <message>
        <location filename="../engine/protocol/messages.cpp" line="40"/>
        <source>not the controller</source>
        <translation>不是 controller</translation>
    </message>
</context>
<context>
    <name>ks::ui::BrokerRemoval</name>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="30"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="77"/>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="34"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="48"/>
        <source>Remove broker %1</source>
        <translation>移除 broker %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="35"/>
        <source>Broker %1 still hosts replicas of %n partition(s). Kafka does not remove a broker that hosts replicas.

Move them to the other brokers first (one reassignment per partition), wait until they are moved, then remove the broker?</source>
        <translation>
            <numerusform>broker %1 仍承载 %n 个分区的副本。Kafka 不会移除承载副本的 broker。

先将它们迁移到其他 broker（每个分区一次重分配），等待迁移完成，然后移除该 broker？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Moving the replicas off broker %1…</source>
        <translation>正在将副本移出 broker %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="54"/>
        <source>Removing broker %1 cancelled; the reassignments already sent go on</source>
        <translation>已取消移除 broker %1；已发送的重分配继续进行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/broker_removal.cpp" line="67"/>
        <location filename="../ui/dialogs/broker_removal.cpp" line="70"/>
        <source>Broker %1 cannot be emptied: %2</source>
        <translation>无法清空 broker %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/broker_removal.cpp" line="74"/>
        <source>Moving the replicas off broker %1: %n partition(s) left…</source>
        <translation>
            <numerusform>正在将副本移出 broker %1：还剩 %n 个分区…</numerusform>
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
        <translation>Broker ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="81"/>
        <source>running, fenced (the controller stopped trusting it), registering, paused, stopped</source>
        <translation>运行中、已屏蔽（控制器不再信任它）、注册中、已暂停、已停止</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Leaders</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="82"/>
        <source>Partitions this broker leads</source>
        <translation>此 Broker 领导的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="83"/>
        <source>Partition replicas this broker holds</source>
        <translation>此 Broker 持有的分区副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="84"/>
        <source>Partitions whose preferred leader (first replica) is this broker</source>
        <translation>首选领导者（第一个副本）为此 Broker 的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Led elsewhere</source>
        <translation>他处领导</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="85"/>
        <source>Of those, how many another broker leads now (after a failover)</source>
        <translation>其中当前由其他 Broker 领导的数量（故障转移之后）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Skew</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="86"/>
        <source>Led elsewhere ÷ preferred: Kafka&apos;s leader imbalance; a preferred leader election brings it to 0</source>
        <translation>他处领导 ÷ 首选：Kafka 的领导者不均衡度；首选领导者选举可将其降为 0</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="87"/>
        <source>UnderReplicatedPartitions: partitions it leads whose ISR lacks a replica</source>
        <translation>UnderReplicatedPartitions：它领导的、ISR 缺少副本的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Log size</source>
        <translation>日志大小</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="88"/>
        <source>Bytes of all its partition logs on disk</source>
        <translation>其所有分区日志在磁盘上的字节数</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
        <source>Disk share</source>
        <translation>磁盘占比</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="89"/>
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
        <location filename="../ui/lessons/classroom.cpp" line="76"/>
        <source>&amp;Choose a lesson…</source>
        <translation>选择课程(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="77"/>
        <source>Start one of the built-in lessons on a fresh cluster</source>
        <translation>在新集群上开始一门内置课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="78"/>
        <source>&amp;Open a lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="79"/>
        <source>Start a lesson written by you (see docs/lessons.md)</source>
        <translation>开始您自己编写的课程（参见 docs/lessons.md）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="80"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="81"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="82"/>
        <source>Show the previous step again (what ran stays done)</source>
        <translation>再次显示上一步（已运行的内容保持完成）</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="85"/>
        <source>Answer &amp;%1</source>
        <translation>答案 &amp;%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="90"/>
        <source>&amp;Stop the lesson</source>
        <translation>停止课程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="91"/>
        <source>Leave the lesson; the cluster stays as it is</source>
        <translation>退出课程；集群保持现状</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="92"/>
        <source>E&amp;xport lesson summary…</source>
        <translation>导出课程摘要(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="93"/>
        <source>Save a one-page summary of this lesson to take home, as PDF or HTML</source>
        <translation>将本课的一页摘要保存为 PDF 或 HTML，供课后带回</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="94"/>
        <source>P&amp;resenter mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="95"/>
        <source>Projector theme, large text, only the view and the lesson; every step on the keyboard</source>
        <translation>投影仪主题、大字体，仅显示视图和课程；每一步都可用键盘操作</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="98"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="99"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="100"/>
        <source>&amp;Projector (high contrast)</source>
        <translation>投影仪（高对比度）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="119"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="135"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="137"/>
        <source>View → Theme</source>
        <translation>视图 → 主题</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="169"/>
        <source>The workspace&apos;s lesson cannot be opened</source>
        <translation>无法打开工作区的课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="198"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Choose a lesson</source>
        <translation>选择课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="200"/>
        <source>Lesson:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="207"/>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>课程 (*.lesson);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="211"/>
        <source>The lesson cannot be opened</source>
        <translation>无法打开该课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="216"/>
        <source>No lesson is running, so there is nothing to summarize: start one with Lessons → Choose a lesson (Ctrl+L).</source>
        <translation>没有正在进行的课程，因此没有可摘要的内容：请通过 课程 → 选择课程 (Ctrl+L) 开始一课。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="221"/>
        <source>Export lesson summary</source>
        <translation>导出课程摘要</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="227"/>
        <source>PDF, one A4 page (*.pdf);;HTML page (*.html)</source>
        <translation>PDF，一页 A4 (*.pdf);;HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/classroom.cpp" line="234"/>
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
        <location filename="../ui/panels/data_panels.cpp" line="44"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="45"/>
        <source>Members and their partitions</source>
        <translation>成员及其分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="46"/>
        <source>Partitions: position, committed, lag</source>
        <translation>分区：位置、已提交、滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="49"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="50"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="51"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="52"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="53"/>
        <source>Broker metrics</source>
        <translation>Broker 指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="70"/>
        <source>Charts &amp;follow the clock</source>
        <translation>图表跟随时钟(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="75"/>
        <source>Keep the charts on the newest simulated time (dragging or zooming a chart stops it)</source>
        <translation>让图表保持在最新的模拟时间（拖动或缩放图表会停止跟随）</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="85"/>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="86"/>
        <source>Export chart as &amp;SVG…</source>
        <translation>将图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="87"/>
        <source>Export chart data as &amp;CSV…</source>
        <translation>将图表数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="155"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="156"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="157"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="158"/>
        <location filename="../ui/panels/data_panels.cpp" line="165"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/panels/data_panels.cpp" line="168"/>
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
        <location filename="../ui/events/event_log_model.cpp" line="91"/>
        <source>(%1 events were not shown: the window fell behind)</source>
        <translation>（有 %1 个事件未显示：窗口跟不上）</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="94"/>
        <source>✗ %1 — rejected: %2</source>
        <translation>✗ %1 — 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="95"/>
        <source>  (hover to see what it printed)</source>
        <translation>  （悬停查看其输出）</translation>
    </message>
    <message>
        <location filename="../ui/events/event_log_model.cpp" line="120"/>
        <source> · about %1</source>
        <translation> · 涉及 %1</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupMembersTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="152"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="153"/>
        <source>client.id of the consumer</source>
        <translation>消费者的 client.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="154"/>
        <source>The member id the coordinator gave it</source>
        <translation>协调器分配给它的成员 ID</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="155"/>
        <source>The group leader runs the assignor; idle members got no partition</source>
        <translation>组领导者运行分配器；空闲成员未分到分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="156"/>
        <source>The partitions it owns in this generation</source>
        <translation>它在本代中拥有的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="165"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="166"/>
        <source>, static</source>
        <translation>，静态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="167"/>
        <source>, idle</source>
        <translation>，空闲</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupPartitionsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="177"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="178"/>
        <source>A partition the group reads</source>
        <translation>组读取的分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="179"/>
        <source>The member it is assigned to</source>
        <translation>分配到的成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="180"/>
        <source>The next offset the owner&apos;s poll() returns</source>
        <translation>所有者的 poll() 返回的下一个偏移量</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="181"/>
        <source>The group&apos;s committed offset: where a new owner starts</source>
        <translation>组已提交的偏移量：新所有者从这里开始</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="182"/>
        <source>LOG-END-OFFSET as kafka-consumer-groups shows it: the high watermark</source>
        <translation>kafka-consumer-groups 所显示的 LOG-END-OFFSET：即高水位</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="183"/>
        <source>LEO − committed: records not yet committed as consumed</source>
        <translation>LEO − 已提交：尚未提交为已消费的记录</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Lag (s)</source>
        <translation>滞后（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="184"/>
        <source>Age of the oldest record not yet consumed</source>
        <translation>最早一条尚未消费记录的存在时长</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="195"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ks::ui::GroupsTableModel</name>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="120"/>
        <source>group.id</source>
        <translation>group.id</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="121"/>
        <source>Empty, PreparingRebalance, CompletingRebalance, Stable, Dead</source>
        <translation>Empty、PreparingRebalance、CompletingRebalance、Stable、Dead</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="122"/>
        <source>Grows with every rebalance; commits from an older one are refused</source>
        <translation>每次再均衡递增；来自旧代的提交会被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="123"/>
        <source>The broker leading the group&apos;s __consumer_offsets partition</source>
        <translation>领导该组 __consumer_offsets 分区的 Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>Assignor</source>
        <translation>分配器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="124"/>
        <source>The partition assignor the group uses</source>
        <translation>该组使用的分区分配器</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="125"/>
        <source>Rebalance protocol: eager (revoke everything) or cooperative (KIP-429)</source>
        <translation>再均衡协议：eager（撤销全部）或 cooperative (KIP-429)</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="126"/>
        <source>Consumers in the group</source>
        <translation>组中的消费者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="127"/>
        <source>Records between the committed offsets and the log ends, summed</source>
        <translation>已提交偏移量与日志末端之间的记录数之和</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
        <source>Lag (s)</source>
        <translation>滞后（秒）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="128"/>
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
        <location filename="../ui/panels/cluster_tables.cpp" line="17"/>
        <source>none</source>
        <translation>无</translation>
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
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="92"/>
        <source>Answer %1 (Ctrl+Alt+%2)</source>
        <translation>答案 %1 (Ctrl+Alt+%2)</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="111"/>
        <source>No lesson running</source>
        <translation>没有正在进行的课程</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="113"/>
        <source>&lt;p&gt;Choose one from the Lessons menu (Ctrl+L). Each lesson builds its own cluster, explains, asks you to predict what happens, runs it, and points at the answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从“课程”菜单 (Ctrl+L) 中选择一门。每门课程都会构建自己的集群，进行讲解，请您预测会发生什么，然后运行并指出答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="118"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="120"/>
        <source>Building the lesson&apos;s cluster…</source>
        <translation>正在构建课程集群…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="125"/>
        <source>The lesson cannot start: %1</source>
        <translation>课程无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="135"/>
        <source>Your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="136"/>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="151"/>
        <source>✓ Right.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="153"/>
        <source>✗ Not quite.</source>
        <translation>✗ 不太对。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="154"/>
        <source>The answer is %1) %2.</source>
        <translation>答案是 %1) %2。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="166"/>
        <source>found %1</source>
        <translation>发现 %1</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="172"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="173"/>
        <source>Waiting for you: do it in the view or with the menus; the lesson goes on by itself.</source>
        <translation>等待您操作：在视图中或通过菜单完成；课程会自动继续。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="174"/>
        <source>What do you think? Pick an answer (Ctrl+Alt+1…).</source>
        <translation>您认为会怎样？请选择一个答案 (Ctrl+Alt+1…)。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="176"/>
        <source>✓ Done.</source>
        <translation>✓ 完成。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="177"/>
        <source>The end of the lesson.</source>
        <translation>课程结束。</translation>
    </message>
    <message>
        <location filename="../ui/lessons/lesson_dock.cpp" line="181"/>
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
        <source>Remo&amp;ve broker…</source>
        <translation>移除 broker(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="74"/>
        <source>Remove the selected broker for good; when it hosts replicas, move them away first</source>
        <translation>永久移除所选 broker；若它承载副本，先将副本迁走</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="75"/>
        <source>&amp;Create topic…</source>
        <translation>创建主题(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="76"/>
        <source>&amp;Delete topic…</source>
        <translation>删除主题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="77"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="78"/>
        <source>Move the selected partition&apos;s leadership back to its first replica</source>
        <translation>将所选分区的领导权移回其第一个副本</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="79"/>
        <source>Add &amp;consumer…</source>
        <translation>添加消费者(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="80"/>
        <source>Start a consumer, in a consumer group or on its own</source>
        <translation>启动一个消费者，加入消费者组或独立运行</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="81"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="82"/>
        <source>The selected consumer leaves its group (a clean shutdown) and goes away</source>
        <translation>所选消费者离开其组（正常关闭）并退出</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="83"/>
        <source>Add p&amp;roducer…</source>
        <translation>添加生产者(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="84"/>
        <source>Start one more producer client, with its own acks, linger.ms and partitioner</source>
        <translation>再启动一个生产者客户端，拥有自己的 acks、linger.ms 和分区器</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="85"/>
        <source>Remove pro&amp;ducer</source>
        <translation>移除生产者(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="86"/>
        <source>Close the selected producer: it sends what it holds, waits for the answers and goes away</source>
        <translation>关闭所选生产者：它发送手头的记录，等待应答后退出</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>&amp;Type a command</source>
        <translation>输入命令(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="87"/>
        <source>Any scenario command, e.g. broker kill 2</source>
        <translation>任意场景命令，例如 broker kill 2</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="89"/>
        <source>Zoom &amp;in (larger text)</source>
        <translation>放大（更大字体）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="90"/>
        <source>Zoom &amp;out (smaller text)</source>
        <translation>缩小（更小字体）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="91"/>
        <source>&amp;Normal text size</source>
        <translation>正常字体大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>&amp;Projector mode</source>
        <translation>投影仪模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="92"/>
        <source>Large text for a projector</source>
        <translation>适合投影仪的大字体</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="94"/>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="96"/>
        <source>&amp;Fit the cluster to the window</source>
        <translation>使集群适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Clear selection and &amp;highlight</source>
        <translation>清除选择和高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="98"/>
        <source>Messages on the &amp;wire</source>
        <translation>线路上的消息(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>Requests and responses between the nodes: moving dots at slow speeds (2× and below), rates per link when faster</source>
        <translation>节点之间的请求和响应：慢速（2× 及以下）时为移动的圆点，更快时显示每条链路的速率</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="105"/>
        <source>Step</source>
        <translation>单步</translation>
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
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="107"/>
        <source>Kill</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="108"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="109"/>
        <source>Isolate</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Cut link</source>
        <translation>断开链路</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="110"/>
        <source>Heal all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Topic…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="111"/>
        <source>Consumer…</source>
        <translation>消费者…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="112"/>
        <source>Producer…</source>
        <translation>生产者…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="116"/>
        <source>Choose the language of the window</source>
        <translation>选择窗口语言</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="118"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="119"/>
        <source>&amp;About Kafkascope</source>
        <translation>关于 Kafkascope(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ks::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="50"/>
        <source>Kafkascope — a Kafka cluster you can watch</source>
        <translation>Kafkascope — 一个可以观察的 Kafka 集群</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="99"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="108"/>
        <source>Simulated seconds per real second ([ slower, ] faster)</source>
        <translation>每真实秒对应的模拟秒数（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="118"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Export &amp;table as CSV</source>
        <translation>将表格导出为 CSV(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="149"/>
        <source>File → Export table as CSV</source>
        <translation>文件 → 将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>F&amp;aults</source>
        <translation>故障(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="154"/>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="159"/>
        <source>Event log &amp;filters</source>
        <translation>事件日志过滤器(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>View → Event log filters</source>
        <translation>视图 → 事件日志过滤器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="162"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>Pa&amp;nels</source>
        <translation>面板(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248"/>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>The cluster could not start: %1</source>
        <translation>集群无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Pause the clock</source>
        <translation>暂停时钟(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="304"/>
        <source>The cluster is being built.</source>
        <translation>正在构建集群。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>&amp;Kill</source>
        <translation>终止(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="39"/>
        <source>&amp;Kill %1</source>
        <translation>终止 %1(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="40"/>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="41"/>
        <source>&amp;Restart %1</source>
        <translation>重启 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="42"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation>暂停（类似 GC 冻结）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="43"/>
        <source>&amp;Pause (GC-style freeze) %1</source>
        <translation>暂停（类似 GC 冻结）%1(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="44"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="45"/>
        <source>Res&amp;ume %1</source>
        <translation>恢复 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="53"/>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
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
        <translation>控制器 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="86"/>
        <location filename="../ui/main_window_commands.cpp" line="154"/>
        <source>consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="88"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone</source>
        <translation>与所有节点隔离(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="103"/>
        <source>&amp;Isolate from everyone %1</source>
        <translation>将 %1 与所有节点隔离(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower %1</source>
        <translation>慢追随者 %1(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>Slo&amp;w follower</source>
        <translation>慢追随者(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk of %1</source>
        <translation>填满 %1 的磁盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="113"/>
        <source>Fill the &amp;disk</source>
        <translation>填满磁盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission %1</source>
        <translation>下线 %1(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="120"/>
        <source>&amp;Decommission broker</source>
        <translation>下线 Broker(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve %1…</source>
        <translation>移除 %1(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="122"/>
        <source>Remo&amp;ve broker…</source>
        <translation>移除 broker(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer %1</source>
        <translation>移除消费者 %1(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="126"/>
        <source>Re&amp;move consumer</source>
        <translation>移除消费者(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer %1</source>
        <translation>移除生产者 %1(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="132"/>
        <source>Remove pro&amp;ducer</source>
        <translation>移除生产者(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="134"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation>选举 %1 的首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="135"/>
        <source>&amp;Elect preferred leader</source>
        <translation>选举首选领导者(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete topic</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="194"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation>删除哪个主题？其记录将被永久删除。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="246"/>
        <source>Save session as scenario</source>
        <translation>将会话另存为场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="247"/>
        <source>Scenarios (*.scenario)</source>
        <translation>场景 (*.scenario)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="251"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="254"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation>已保存 %1 — 重放命令：kafkascope-cli run --seed %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Save picture</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="258"/>
        <source>Pictures (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="260"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="275"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation>后台生产者：每 100 ms %1 条记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="291"/>
        <source>About Kafkascope</source>
        <translation>关于 Kafkascope</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="292"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and producers, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的一个小型 Kafka 集群：带有副本分区的 broker、一个 KRaft 控制器仲裁和生产者，运行在模拟的时钟和网络上。相同的种子和相同的命令总是得到相同的运行（种子 %1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; removing a broker for good (decommission moves its replicas away; it stays listed).&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;在此窗口中模拟的一个小型 Kafka 集群：带有副本分区的 broker、一个 KRaft 控制器仲裁和一个生产者，运行在模拟的时钟和网络上。相同的种子和相同的命令总是得到相同的运行（种子 %1）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;尚未模拟：&lt;/b&gt;永久移除 broker（下线会迁走其副本；它仍在列表中）。&lt;/p&gt;</translation>
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
        <location filename="../ui/main_window_commands.cpp" line="303"/>
        <source>Consumer %1</source>
        <translation>消费者 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="316"/>
        <source>Group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="327"/>
        <source>Partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="342"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation>断开链路 %1 ⇹ %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="343"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation>单向断开：%1 无法连通 %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="345"/>
        <source>Slow the link %1 ⇹ %2 (latency 200 ms, jitter 50 ms)</source>
        <translation>减速链路 %1 ⇹ %2（延迟 200 ms，抖动 50 ms）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="346"/>
        <source>Slow the link… (choose latency, jitter, loss)</source>
        <translation>减速链路…（选择延迟、抖动、丢包）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="348"/>
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
        <location filename="../ui/main_window_workspace.cpp" line="156"/>
        <source>Topics and partitions</source>
        <translation>主题和分区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="158"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="159"/>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="160"/>
        <source>Group members and their partitions</source>
        <translation>组成员及其分区</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="162"/>
        <source>Group partitions: position, committed, lag</source>
        <translation>组分区：位置、已提交、lag</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="164"/>
        <source>Broker metrics</source>
        <translation>Broker 指标</translation>
    </message>
    <message>
        <location filename="../ui/main_window_workspace.cpp" line="166"/>
        <source>Records in the message browser</source>
        <translation>消息浏览器中的记录</translation>
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
        <translation>分区 </translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="42"/>
        <source>Beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="43"/>
        <source>End</source>
        <translation>末尾</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="44"/>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="45"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="48"/>
        <source>offset, or time (12.5 or 1500ms)</source>
        <translation>偏移量或时间（12.5 或 1500ms）</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="52"/>
        <source>search key or value</source>
        <translation>搜索键或值</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="54"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="55"/>
        <source>Read the partition from the chosen position (Ctrl+Alt+G)</source>
        <translation>从所选位置读取分区 (Ctrl+Alt+G)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="73"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="74"/>
        <source>Produce the selected records again (Ctrl+Alt+R)</source>
        <translation>再次生产所选记录 (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="76"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="77"/>
        <source>Save the selected records (or all shown) as CSV or JSON lines (Ctrl+Alt+E)</source>
        <translation>将所选记录（或全部显示的记录）保存为 CSV 或 JSON 行 (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="79"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="80"/>
        <source>Produce the records of a JSON-lines file (Ctrl+Alt+I)</source>
        <translation>生产 JSON 行文件中的记录 (Ctrl+Alt+I)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="108"/>
        <source>Select a record to see it whole; a JSON value is pretty-printed.</source>
        <translation>选择一条记录以查看完整内容；JSON 值会格式化显示。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="167"/>
        <source>Topic: the cluster has no topics to browse.</source>
        <translation>主题：集群中没有可浏览的主题。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="173"/>
        <source>Partition: %1 has partitions 0 to %2.</source>
        <translation>分区：%1 的分区为 0 到 %2。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="182"/>
        <source>Offset: &apos;%1&apos; is not an offset (a whole number, 0 or more).</source>
        <translation>偏移量：“%1”不是偏移量（应为大于等于 0 的整数）。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="188"/>
        <source>Time: &apos;%1&apos; is not a simulated time; write seconds (12.5) or a duration (1500ms).</source>
        <translation>时间：“%1”不是模拟时间；请填写秒数 (12.5) 或时长 (1500ms)。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="201"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>no replica</source>
        <translation>无副本</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="216"/>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="217"/>
        <source>%1 · log start %2 · HW %3 · LEO %4 · %5 shown · read from %6 at %7</source>
        <translation>%1 · 日志起始 %2 · HW %3 · LEO %4 · 显示 %5 条 · 读取自 %6，时间 %7</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="231"/>
        <source>Producing again failed: %1</source>
        <translation>再次生产失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="234"/>
        <source>Produced again to %1 at offset %2</source>
        <translation>已再次生产到 %1，偏移量 %2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="258"/>
        <source>Offset %1 at %2, %3 bytes
</source>
        <translation>偏移量 %1，时间 %2，%3 字节
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="259"/>
        <source>Key: %1
</source>
        <translation>键：%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="261"/>
        <source>Header %1: %2
</source>
        <translation>Header %1：%2
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="263"/>
        <source>Value:
%1
</source>
        <translation>值：
%1
</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="291"/>
        <source>Replay: select the records to produce again.</source>
        <translation>重放：请选择要再次生产的记录。</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="308"/>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="309"/>
        <source>JSON lines (*.jsonl *.json);;CSV (*.csv)</source>
        <translation>JSON 行 (*.jsonl *.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="317"/>
        <source>Export: cannot write %1 (%2)</source>
        <translation>导出：无法写入 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="320"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="325"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON 行 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="329"/>
        <source>Import: cannot read %1 (%2)</source>
        <translation>导入：无法读取 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="333"/>
        <source>Import of %1 stopped, nothing was sent: %2</source>
        <translation>%1 的导入已停止，未发送任何内容：%2</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="348"/>
        <source>line %1: the cluster has no topic &apos;%2&apos;; nothing was sent</source>
        <translation>第 %1 行：集群中没有主题“%2”；未发送任何内容</translation>
    </message>
    <message>
        <location filename="../ui/records/message_browser.cpp" line="352"/>
        <source>line %1: %2 has no partition %3; nothing was sent</source>
        <translation>第 %1 行：%2 没有分区 %3；未发送任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records/message_browser.cpp" line="360"/>
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
        <location filename="../ui/panels/metrics_panel.cpp" line="114"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="134"/>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2)：%3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="143"/>
        <source>No event yet: kill a broker (K) and watch what moves.</source>
        <translation>尚无事件：终止一个 Broker (K)，观察哪些指标变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/metrics_panel.cpp" line="150"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="152"/>
        <source>Since “%1”: nothing moved yet.</source>
        <translation>自“%1”以来：尚无变化。</translation>
    </message>
    <message>
        <location filename="../ui/panels/metrics_panel.cpp" line="153"/>
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
        <location filename="../ui/records/producer_panel.cpp" line="68"/>
        <source>The producer that sends the record: each has its own batches, partitioner and counts</source>
        <translation>发送该记录的生产者：每个都有自己的批次、分区器和计数</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="74"/>
        <source>chosen by the partitioner</source>
        <translation>由分区器选择</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="78"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="79"/>
        <source>Send the record without a key: the sticky (or round-robin) partitioner picks its partition</source>
        <translation>发送不带键的记录：由粘性（或轮询）分区器选择其分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="86"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="87"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="88"/>
        <source>Pretty-print</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="89"/>
        <source>Check the JSON value and indent it (Ctrl+Alt+J)</source>
        <translation>检查 JSON 值并缩进 (Ctrl+Alt+J)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="95"/>
        <source>the record&apos;s value; JSON is sent compact, on one line</source>
        <translation>记录的值；JSON 以紧凑形式单行发送</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header key</source>
        <translation>Header 键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="100"/>
        <source>Header value</source>
        <translation>Header 值</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="105"/>
        <source>Add header</source>
        <translation>添加 header</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="106"/>
        <source>Remove header</source>
        <translation>移除 header</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="120"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="122"/>
        <source>Produce the record (Ctrl+Alt+Return)</source>
        <translation>生产该记录 (Ctrl+Alt+Return)</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="128"/>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="132"/>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="133"/>
        <location filename="../ui/records/producer_panel.cpp" line="177"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="134"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="135"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="136"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="140"/>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="146"/>
        <source>The background producer: records at a steady rate, keyed by a pattern</source>
        <translation>后台生产者：以稳定速率发送记录，键按模式生成</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="148"/>
        <source>Produce continuously</source>
        <translation>持续生产</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="155"/>
        <source> records/s</source>
        <translation> 条记录/秒</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="158"/>
        <source>No key: partitions in turn</source>
        <translation>无键：轮流分区</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="159"/>
        <source>Fixed key</source>
        <translation>固定键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="160"/>
        <source>Sequential keys</source>
        <translation>顺序键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="161"/>
        <source>Random from k keys</source>
        <translation>从 k 个键中随机</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="162"/>
        <source>Skewed: one hot key</source>
        <translation>倾斜：一个热点键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="165"/>
        <source>Fixed: the key itself. Otherwise keys are this prefix and a number</source>
        <translation>固定：即键本身。否则键为此前缀加一个数字</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="178"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="179"/>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="180"/>
        <source>Key (prefix)</source>
        <translation>键（前缀）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="181"/>
        <source>k keys</source>
        <translation>k 个键</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="182"/>
        <source>Hot key share</source>
        <translation>热点键占比</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="192"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="193"/>
        <source>Rate generator</source>
        <translation>速率生成器</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="242"/>
        <source>Topic: choose a topic.</source>
        <translation>主题：请选择一个主题。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="248"/>
        <source>Topic: the cluster has no topic &apos;%1&apos; (it has: %2).</source>
        <translation>主题：集群中没有主题“%1”（现有：%2）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="257"/>
        <source>Partition: &apos;%1&apos; is not a partition number (leave it empty to let the partitioner choose).</source>
        <translation>分区：“%1”不是分区编号（留空则由分区器选择）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="261"/>
        <source>Partition: %1 has partitions 0 to %2; there is no partition %3.</source>
        <translation>分区：%1 的分区为 0 到 %2；没有分区 %3。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="272"/>
        <location filename="../ui/records/producer_panel.cpp" line="320"/>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="286"/>
        <source>Header %1: a header needs a key (its value is &apos;%2&apos;).</source>
        <translation>Header %1：header 需要一个键（其值为“%2”）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="312"/>
        <source>Sent; waiting for the answer…</source>
        <translation>已发送；正在等待应答…</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="313"/>
        <source>Sent; the answer comes once simulated time runs (the clock is paused).</source>
        <translation>已发送；模拟时间运行后才会收到应答（时钟已暂停）。</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="364"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="366"/>
        <source>Failed with %1 (partition %2, chosen by the %3)</source>
        <translation>失败，错误 %1（分区 %2，由%3选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="371"/>
        <source>Sent to %1 with acks=0: the producer never learns the offset (partition chosen by the %2)</source>
        <translation>已以 acks=0 发送到 %1：生产者永远不会得知偏移量（分区由%2选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="374"/>
        <source>Written to %1 at offset %2 (partition chosen by the %3)</source>
        <translation>已写入 %1，偏移量 %2（分区由%3选择）</translation>
    </message>
    <message>
        <location filename="../ui/records/producer_panel.cpp" line="452"/>
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
        <location filename="../ui/session/table_export.cpp" line="19"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="22"/>
        <source>Save the rows the table %1 shows, as filtered and sorted, as a CSV file</source>
        <translation>将表格 %1 显示的行（按当前过滤和排序）保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <location filename="../ui/session/table_export.cpp" line="46"/>
        <source>Export %1 as CSV</source>
        <translation>将 %1 导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/session/table_export.cpp" line="42"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/table_export.cpp" line="49"/>
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
        <location filename="../ui/timeline/timeline_dock.cpp" line="120"/>
        <source>Going back to %1</source>
        <translation>正在回到 %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="123"/>
        <source>Going back was cancelled; nothing changed.</source>
        <translation>已取消回退；没有任何改变。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="124"/>
        <source>Cannot go back: %1</source>
        <translation>无法回退：%1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="136"/>
        <source>replayed from the checkpoint at %1</source>
        <translation>从 %1 的检查点重放</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="137"/>
        <source>replayed from the start</source>
        <translation>从头重放</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="138"/>
        <source>Showing the run at %1 (%2). Continue from here to fork, or go back to the present.</source>
        <translation>正在显示 %1 时的运行（%2）。从此处继续即分叉，或回到现在。</translation>
    </message>
    <message>
        <source>Showing the run at %1 (replayed from the start). Continue from here to fork, or go back to the present.</source>
        <translation type="vanished">正在显示 %1 时的运行（从头重放）。从此处继续即分叉，或回到现在。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="151"/>
        <source>Back at the present: %1.</source>
        <translation>已回到现在：%1。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="166"/>
        <source>History forked at %1: the %2 later command(s) were dropped; what you do now is the new history.</source>
        <translation>历史在 %1 处分叉：之后的 %2 条命令已丢弃；您现在的操作就是新的历史。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>&lt;b&gt;In the past&lt;/b&gt;</source>
        <translation>&lt;b&gt;处于过去&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="192"/>
        <source>Live · %1 bookmark(s)</source>
        <translation>实时 · %1 个书签</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_dock.cpp" line="193"/>
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
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="42"/>
        <source>TOPIC-P, as Kafka writes it</source>
        <translation>TOPIC-P，Kafka 的写法</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="43"/>
        <source>The broker that takes writes and serves reads</source>
        <translation>接受写入并提供读取的 Broker</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="44"/>
        <source>The brokers that keep a copy, the preferred leader first</source>
        <translation>保存副本的 Broker，首选领导者排在最前</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="45"/>
        <source>In-sync replicas: caught up within replica.lag.time.max.ms</source>
        <translation>同步副本：在 replica.lag.time.max.ms 内已追上</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Leader epoch</source>
        <translation>领导者纪元</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="46"/>
        <source>Grows with every new leader; fences the old one</source>
        <translation>每有新领导者即递增；用于屏蔽旧领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>Log start</source>
        <translation>日志起始</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="47"/>
        <source>The first offset still on disk (retention moves it)</source>
        <translation>仍在磁盘上的第一个偏移量（保留策略会移动它）</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="48"/>
        <source>Log end offset: the offset the next record gets</source>
        <translation>日志末端偏移量：下一条记录将获得的偏移量</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>HW</source>
        <translation>HW</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="49"/>
        <source>High watermark: records below it are on every ISR member; consumers read up to it</source>
        <translation>高水位：低于它的记录已在每个 ISR 成员上；消费者最多读取到它</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="50"/>
        <source>The leader&apos;s log on disk</source>
        <translation>领导者在磁盘上的日志</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="51"/>
        <source>Under-replicated: ISR smaller than the replicas; offline: no leader</source>
        <translation>副本不足：ISR 小于副本集；离线：无领导者</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="60"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/panels/cluster_tables.cpp" line="61"/>
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
