<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="97"/>
        <source>Choose the language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_actions.cpp" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="129"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="131"/>
        <source>F&amp;aults</source>
        <translation>故障(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="132"/>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="134"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <location filename="../ui/main_window_commands.cpp" line="35"/>
        <source>&amp;Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="36"/>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="37"/>
        <source>&amp;Pause (GC-style freeze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="38"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="46"/>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="73"/>
        <location filename="../ui/main_window_commands.cpp" line="125"/>
        <source>broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="75"/>
        <location filename="../ui/main_window_commands.cpp" line="127"/>
        <source>ZooKeeper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="75"/>
        <location filename="../ui/main_window_commands.cpp" line="127"/>
        <source>controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="79"/>
        <source>consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="81"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="97"/>
        <source>&amp;Isolate from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="104"/>
        <source>&amp;Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="104"/>
        <source> broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="108"/>
        <source>Re&amp;move consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="108"/>
        <source>Re&amp;move consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="110"/>
        <source>&amp;Elect preferred leader of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="111"/>
        <source>&amp;Elect preferred leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="155"/>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="155"/>
        <source>Delete which topic? Its records are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="190"/>
        <source>Save session as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="191"/>
        <source>Scenarios (*.scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="195"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="195"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="198"/>
        <source>Saved %1 — replay it with: kafkascope-cli run --seed %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="202"/>
        <location filename="../ui/main_window_commands.cpp" line="204"/>
        <source>Save picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="202"/>
        <source>Pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="204"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="219"/>
        <source>Background producer: %1 record(s) every 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="235"/>
        <source>About Kafkascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="236"/>
        <source>&lt;h3&gt;Kafkascope&lt;/h3&gt;&lt;p&gt;A small Kafka cluster simulated inside this window: brokers with replicated partitions, a KRaft controller quorum and a producer, on a simulated clock and network. The same seed and the same commands always give the same run (seed %1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not simulated yet:&lt;/b&gt; more than one producer, removing a broker for good (decommission moves its replicas away; it stays listed), slowing a single link or a single follower, filling a disk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="250"/>
        <source>Consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="262"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="270"/>
        <source>Partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="284"/>
        <source>Cut the link %1 ⇹ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="285"/>
        <source>Cut one way: %1 cannot reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window_commands.cpp" line="286"/>
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
