<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>自动（有第二块屏幕时显示在第二块上）</source>
        <translation>Automatic (the second screen when there is one)</translation>
    </message>
    <message>
        <source>屏幕 {index}：{name}（{width}×{height}）</source>
        <translation>Screen {index}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <source>语音引擎：{engine}</source>
        <translation>Speech engine: {engine}</translation>
    </message>
    <message>
        <source>本机暂不能语音播报（{reason}），叫号照常显示。</source>
        <translation>Voice announcements are not available on this PC ({reason}); calls are still shown.</translation>
    </message>
    <message>
        <source>正在检测语音引擎…</source>
        <translation>Looking for a speech engine…</translation>
    </message>
    <message>
        <source>叫号屏设置</source>
        <translation>Display board settings</translation>
    </message>
    <message>
        <source>显示位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>显示器</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>显示内容</source>
        <translation>What to show</translation>
    </message>
    <message>
        <source>各窗口当前叫号</source>
        <translation>Current call at each window</translation>
    </message>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>最近叫号显示条数</source>
        <translation>Recent calls shown</translation>
    </message>
    <message>
        <source>各类业务等候人数</source>
        <translation>Waiting per category</translation>
    </message>
    <message>
        <source>字号缩放</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>语音播报</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>叫号时语音播报</source>
        <translation>Announce calls aloud</translation>
    </message>
    <message>
        <source>每个号播报遍数</source>
        <translation>Times each call is announced</translation>
    </message>
    <message>
        <source>试听</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>在叫号屏上：F2 或右键打开本设置；F11 切换全屏；Esc 退出全屏，再按 Esc 关闭叫号屏。</source>
        <translation>On the board: F2 or right-click opens these settings; F11 toggles full screen; Esc leaves full screen, Esc again closes the board.</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>叫号屏</source>
        <translation>Display board</translation>
    </message>
    <message>
        <source>叫号屏 — {point}</source>
        <translation>Display board — {point}</translation>
    </message>
    <message>
        <source>连接中断，正在重试…</source>
        <translation>Connection lost, retrying…</translation>
    </message>
    <message>
        <source>暂时无法读取叫号信息，正在重试…</source>
        <translation>Cannot read the calls at the moment, retrying…</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>叫号屏设置…	F2</source>
        <translation>Board settings…	F2</translation>
    </message>
    <message>
        <source>退出全屏	F11</source>
        <translation>Leave full screen	F11</translation>
    </message>
    <message>
        <source>全屏显示	F11</source>
        <translation>Full screen	F11</translation>
    </message>
    <message>
        <source>立即刷新	F5</source>
        <translation>Refresh now	F5</translation>
    </message>
    <message>
        <source>关闭叫号屏…</source>
        <translation>Close the board…</translation>
    </message>
    <message>
        <source>关闭叫号屏</source>
        <translation>Close the board</translation>
    </message>
    <message>
        <source>关闭叫号屏吗？大厅将看不到叫号信息。</source>
        <translation>Close the display board? The hall will no longer see the calls.</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>无法加载服务目录</source>
        <translation>Cannot load the service catalogue</translation>
    </message>
    <message>
        <source>平均办理约 {minutes} 分钟</source>
        <translation>About {minutes} min at the window on average</translation>
    </message>
    <message>
        <source>须到办税服务厅办结</source>
        <translation>Must be completed at the tax service hall</translation>
    </message>
    <message>
        <source>所需资料：</source>
        <translation>Documents required: </translation>
    </message>
    <message>
        <source>手机号格式不正确：请填写以 1 开头的 11 位手机号，或留空。</source>
        <translation>Invalid mobile number: enter 11 digits starting with 1, or leave it empty.</translation>
    </message>
    <message>
        <source>姓名不能超过 40 个字。</source>
        <translation>The name cannot be longer than 40 characters.</translation>
    </message>
    <message>
        <source>已取号 {number}：{service}，前面 {ahead} 人，预计等候约 {minutes} 分钟</source>
        <translation>Issued {number}: {service}, {ahead} ahead, about {minutes} min wait</translation>
    </message>
    <message>
        <source>已取号 {number}：{service}，无需等候</source>
        <translation>Issued {number}: {service}, no wait</translation>
    </message>
    <message>
        <source>未能取号</source>
        <translation>No ticket issued</translation>
    </message>
    <message>
        <source>无法重新激活</source>
        <translation>Cannot re-activate</translation>
    </message>
    <message>
        <source>{number} 已重新激活，将优先叫号</source>
        <translation>{number} is re-activated and will be called next</translation>
    </message>
    <message>
        <source>补打 {number}</source>
        <translation>Reprinted {number}</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>票号 {number} 已发出，但打印失败：{reason}

号码不会丢失，可以补打。</source>
        <translation>Ticket {number} has been issued, but printing failed: {reason}

The number is not lost; it can be reprinted.</translation>
    </message>
    <message>
        <source>重新打印</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>稍后补打</source>
        <translation>Reprint later</translation>
    </message>
    <message>
        <source>&#x3000;&#x3000;等候 {count} 人 · 最长 {minutes} 分钟</source>
        <translation>    {count} waiting · longest {minutes} min</translation>
    </message>
    <message>
        <source>点击业务取号（F1–F9 取该类别的常办业务）。当前共 {count} 人等候。</source>
        <translation>Click a service to issue a ticket (F1–F9: the usual service of a category). {count} waiting now.</translation>
    </message>
    <message>
        <source>导税台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>点击业务取号（F1–F9 取该类别的常办业务）。类别旁显示当前等候人数。</source>
        <translation>Click a service to issue a ticket (F1–F9: the usual service of a category). Waiting counts are shown beside each category.</translation>
    </message>
    <message>
        <source>纳税人信息（选填，打印时脱敏）</source>
        <translation>Taxpayer (optional, masked on the ticket)</translation>
    </message>
    <message>
        <source>为老年人、残疾人、孕妇等取绿色通道优先号（快捷键 G）</source>
        <translation>Priority ticket for elderly, disabled or pregnant taxpayers (shortcut G)</translation>
    </message>
    <message>
        <source>绿色通道 (G)</source>
        <translation>Green channel (G)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>11位手机号</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>最新取号</source>
        <translation>Latest ticket</translation>
    </message>
    <message>
        <source>尚未取号</source>
        <translation>No ticket yet</translation>
    </message>
    <message>
        <source>补打所选 (Ctrl+P)</source>
        <translation>Reprint selected (Ctrl+P)</translation>
    </message>
    <message>
        <source>过号的票可由导税台重新激活一次，激活后优先叫号</source>
        <translation>The front desk can re-activate a no-show ticket once; it is then called next</translation>
    </message>
    <message>
        <source>重新激活过号</source>
        <translation>Re-activate no-show</translation>
    </message>
    <message>
        <source>验票…</source>
        <translation>Verify ticket…</translation>
    </message>
    <message>
        <source>最近取号</source>
        <translation>Today&apos;s tickets</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>税</source>
        <translation>税</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>导税台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>窗口叫号</source>
        <translation>Window console</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>TaxDesk {mode} — {point}</source>
        <translation>TaxDesk {mode} — {point}</translation>
    </message>
    <message>
        <source>与数据库的连接中断（{reason}），正在重试……已发出的票不会丢失，恢复后自动刷新。</source>
        <translation>The connection to the database is lost ({reason}); retrying… Tickets already issued are not lost; the desk refreshes when it is back.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动 TaxDesk 时生效。</source>
        <translation>The interface language changes the next time TaxDesk starts.</translation>
    </message>
    <message>
        <source>切换服务点</source>
        <translation>Switch service point</translation>
    </message>
    <message>
        <source>关于 TaxDesk</source>
        <translation>About TaxDesk</translation>
    </message>
    <message>
        <source>TaxDesk {version}
办税服务厅、丰收微税厅与银税e站的排队叫号、预约与潮汐窗口排班软件。</source>
        <translation>TaxDesk {version}
Queueing, appointments and tidal-window rosters for the tax service hall, the township service points and the bank tax station.</translation>
    </message>
    <message>
        <source>TaxDesk 办税服务厅</source>
        <translation>TaxDesk tax service hall</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>取号(&amp;T)</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>切换服务点…</source>
        <translation>Switch service point…</translation>
    </message>
    <message>
        <source>打印与界面设置…</source>
        <translation>Printing and interface settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>补打所选票</source>
        <translation>Reprint selected ticket</translation>
    </message>
    <message>
        <source>验票…</source>
        <translation>Verify ticket…</translation>
    </message>
    <message>
        <source>导税台（取号）</source>
        <translation>Front desk (tickets)</translation>
    </message>
    <message>
        <source>值班长（实时监控）</source>
        <translation>Supervisor (live view)</translation>
    </message>
    <message>
        <source>打开叫号屏…</source>
        <translation>Open the display board…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>没有服务点 {point}。</source>
        <translation>There is no service point {point}.</translation>
    </message>
    <message>
        <source>没有业务 {service}。</source>
        <translation>There is no service {service}.</translation>
    </message>
    <message>
        <source>{point}不办理业务 {service}。</source>
        <translation>{point} does not offer service {service}.</translation>
    </message>
    <message>
        <source>{point} 没有 {window} 号窗口。</source>
        <translation>{point} has no window {window}.</translation>
    </message>
    <message>
        <source>找不到这张票（编号 {ticket}）。</source>
        <translation>No such ticket (ID {ticket}).</translation>
    </message>
    <message>
        <source>没有工号为 {staff} 的工作人员。</source>
        <translation>There is no officer with staff code {staff}.</translation>
    </message>
    <message>
        <source>{ticket} 当前为「{status}」，不能{action}。</source>
        <translation>{ticket} is “{status}”: it cannot be {action}.</translation>
    </message>
    <message>
        <source>{window} 号窗口正在办理 {ticket}：请先办结或过号，再叫下一位。</source>
        <translation>Window {window} is still serving {ticket}: finish it or mark a no-show before calling the next.</translation>
    </message>
    <message>
        <source>{window} 号窗口正在办理 {ticket}：请先办结或转办，再签退。</source>
        <translation>Window {window} is still serving {ticket}: finish or transfer it before signing out.</translation>
    </message>
    <message>
        <source>{window} 号窗口未签到：请先签到。</source>
        <translation>Nobody is signed in at window {window}: sign in first.</translation>
    </message>
    <message>
        <source>{window} 号窗口已暂停：请先恢复。</source>
        <translation>Window {window} is paused: resume it first.</translation>
    </message>
    <message>
        <source>{ticket} 需先重呼 {needed} 次才能过号（已重呼 {count} 次）。</source>
        <translation>{ticket} must be recalled {needed} time(s) before a no-show (recalled {count}).</translation>
    </message>
    <message>
        <source>请选择转办的业务或窗口。</source>
        <translation>Choose the service or the window to transfer to.</translation>
    </message>
    <message>
        <source>{ticket} 已在 {window} 号窗口。</source>
        <translation>{ticket} is already at window {window}.</translation>
    </message>
    <message>
        <source>{ticket} 已重新激活过一次，不能再次激活。</source>
        <translation>{ticket} was re-activated once already and cannot be again.</translation>
    </message>
    <message>
        <source>{ticket} 是 {day} 的票，请重新取号。</source>
        <translation>{ticket} is from {day}: please take a new ticket.</translation>
    </message>
    <message>
        <source>等候人数阈值须在 1 到 {maximum} 之间。</source>
        <translation>The waiting threshold must be between 1 and {maximum}.</translation>
    </message>
    <message>
        <source>等候时间阈值须在 1 到 {maximum} 分钟之间。</source>
        <translation>The wait threshold must be between 1 and {maximum} minutes.</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>marked a no-show</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>started</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>转办</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>重新激活</source>
        <translation>re-activated</translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <source>办税服务厅</source>
        <translation>tax service hall</translation>
    </message>
    <message>
        <source>丰收微税厅</source>
        <translation>township service point</translation>
    </message>
    <message>
        <source>银税e站</source>
        <translation>bank tax station</translation>
    </message>
    <message>
        <source>选择服务点</source>
        <translation>Choose service point</translation>
    </message>
    <message>
        <source>这台电脑在哪个服务点使用？</source>
        <translation>Which service point is this PC used at?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>文件夹不存在：{folder}</source>
        <translation>Folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <source>找不到打印机：{name}</source>
        <translation>Printer not found: {name}</translation>
    </message>
    <message>
        <source>打印已取消</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>打印机不可用：{name}</source>
        <translation>Printer not available: {name}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>{count}人</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>各类业务等候人数</source>
        <translation>Waiting per category</translation>
    </message>
    <message>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <source>{number}号窗口</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>暂无叫号</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>请到 {window} 办理</source>
        <translation>please go to {window}</translation>
    </message>
    <message>
        <source>重呼：</source>
        <translation>Recall: </translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>系统打印机（本机未发现打印机）</source>
        <translation>System printer (no printer found on this PC)</translation>
    </message>
    <message>
        <source>选择保存票据的文件夹</source>
        <translation>Choose the folder for ticket files</translation>
    </message>
    <message>
        <source>正在连接 {host}:{port} …</source>
        <translation>Connecting to {host}:{port} …</translation>
    </message>
    <message>
        <source>连接成功：{host}:{port}</source>
        <translation>Connected: {host}:{port}</translation>
    </message>
    <message>
        <source>打印与界面设置</source>
        <translation>Printing and interface settings</translation>
    </message>
    <message>
        <source>取号后打印到</source>
        <translation>After issuing, print to</translation>
    </message>
    <message>
        <source>系统打印机</source>
        <translation>System printer</translation>
    </message>
    <message>
        <source>打印前预览</source>
        <translation>Preview before printing</translation>
    </message>
    <message>
        <source>网络热敏打印机（ESC/POS）</source>
        <translation>Network thermal printer (ESC/POS)</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>保存为文件</source>
        <translation>Save as file</translation>
    </message>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>不打印，只在屏幕上显示</source>
        <translation>Do not print, show on screen only</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>新数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>数据库 {url} 是空的。
要创建演示数据（云溪县办税服务厅、11 个丰收微税厅、银税e站和两年的取号记录），还是只建立空白数据库？</source>
        <translation>The database {url} is empty.
Create the demo (Yunxi county tax hall, 11 township service points, the bank tax station and two years of tickets), or an empty database?</translation>
    </message>
    <message>
        <source>创建演示数据</source>
        <translation>Create demo</translation>
    </message>
    <message>
        <source>空白数据库</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <source>数据库 {url} 的结构版本为 {current}，本程序需要 {head}。
升级前会自动备份 SQLite 文件。现在升级吗？</source>
        <translation>The database {url} has schema revision {current}; this TaxDesk needs {head}.
A SQLite file is backed up before upgrading. Upgrade now?</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Generating the demo…</translation>
    </message>
    <message>
        <source>没有这个服务点</source>
        <translation>No such service point</translation>
    </message>
    <message>
        <source>数据库中没有服务点 {point}。</source>
        <translation>The database has no service point {point}.</translation>
    </message>
    <message>
        <source>没有服务点</source>
        <translation>No service points</translation>
    </message>
    <message>
        <source>数据库中还没有服务点。请先用 taxdesk init --demo 创建演示数据，或导入服务网络。</source>
        <translation>The database has no service points yet. Create the demo with taxdesk init --demo, or import the service network.</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>读取失败：{reason}</source>
        <translation>Could not read: {reason}</translation>
    </message>
    <message>
        <source>共 {count} 人等候</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <source>窗口：开放 {open} · 暂停 {paused} · 关闭 {closed}&#x3000;|&#x3000;正在办理 {busy}</source>
        <translation>Windows: {open} open · {paused} paused · {closed} closed  |  {busy} serving</translation>
    </message>
    <message>
        <source>更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>{count} 人等候（阈值 {threshold}）</source>
        <translation>{count} waiting (threshold {threshold})</translation>
    </message>
    <message>
        <source>最长等候 {minutes} 分钟（阈值 {threshold} 分钟）</source>
        <translation>longest wait {minutes} min (threshold {threshold} min)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>潮汐窗口提示：</source>
        <translation>Tidal window advice: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>阈值已保存：等候超过 {waiting} 人或最长等候超过 {minutes} 分钟时提示。</source>
        <translation>Thresholds saved: alert when more than {waiting} wait or the longest wait passes {minutes} min.</translation>
    </message>
    <message>
        <source>阈值未保存：{reason}</source>
        <translation>Thresholds not saved: {reason}</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>等候队列</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>潮汐窗口提示阈值</source>
        <translation>Tidal window alert thresholds</translation>
    </message>
    <message>
        <source>某类等候人数超过</source>
        <translation>Waiting in a category more than</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>或最长等候超过</source>
        <translation>or longest wait more than</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>超过任一阈值即提示开放潮汐窗口。阈值对所有服务点和所有值班长生效。</source>
        <translation>Passing either threshold suggests opening a tidal window. The thresholds apply to every point and every supervisor.</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>等候中</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>已叫号</source>
        <translation>called</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>取号时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>前面人数</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>开放窗口</source>
        <translation>Open windows</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>open</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>当前号码</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>For</translation>
    </message>
    <message>
        <source>可办类别</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>将 {number}（{service}）转办，纳税人保留原号码和排队时间。</source>
        <translation>Transfer {number} ({service}); the taxpayer keeps the number and place in the queue.</translation>
    </message>
    <message>
        <source>（业务不变）</source>
        <translation>(same service)</translation>
    </message>
    <message>
        <source>（任一可办窗口）</source>
        <translation>(any window that serves it)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>{number}号窗口</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <source>至少选择一项：换业务，或指定由某个窗口办理，或两者都选。</source>
        <translation>Choose at least one: another service, a particular window, or both.</translation>
    </message>
    <message>
        <source>注意：{number}号窗口平时不办理 {prefix} 类业务，但仍会叫到此号。</source>
        <translation>Note: window {number} does not usually serve category {prefix}, but it will call this ticket.</translation>
    </message>
    <message>
        <source>{number}号窗口目前未开放，纳税人需等该窗口开放。</source>
        <translation>Window {number} is not open now; the taxpayer waits until it opens.</translation>
    </message>
    <message>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>转到业务</source>
        <translation>To service</translation>
    </message>
    <message>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>没有内容可验证。</source>
        <translation>Nothing to verify.</translation>
    </message>
    <message>
        <source>这不是 TaxDesk 票据二维码。</source>
        <translation>This is not a TaxDesk ticket code.</translation>
    </message>
    <message>
        <source>这不是排队票的二维码。</source>
        <translation>This is not a queue ticket code.</translation>
    </message>
    <message>
        <source>二维码格式版本不受支持。</source>
        <translation>This code format version is not supported.</translation>
    </message>
    <message>
        <source>该票由另一套 TaxDesk 系统签发，不属于本厅。</source>
        <translation>Issued by another TaxDesk installation, not by this hall.</translation>
    </message>
    <message>
        <source>签名不符：二维码已被篡改或伪造。</source>
        <translation>Signature mismatch: the code was altered or forged.</translation>
    </message>
    <message>
        <source>签名有效，但本系统中没有这张票。</source>
        <translation>The signature is valid, but this ticket is not in this database.</translation>
    </message>
    <message>
        <source>二维码内容与系统记录不一致。</source>
        <translation>The code does not match the ticket on record.</translation>
    </message>
    <message>
        <source>✔ 真票：{number}  {service}
{point}  {time} 取号  当前状态：{status}</source>
        <translation>✔ Genuine: {number}  {service}
{point}  issued {time}  status: {status}</translation>
    </message>
    <message>
        <source>✘ 无效：</source>
        <translation>✘ Invalid: </translation>
    </message>
    <message>
        <source>验票</source>
        <translation>Verify ticket</translation>
    </message>
    <message>
        <source>用扫码枪扫描票面二维码，或粘贴二维码内容后按回车。</source>
        <translation>Scan the QR code on the ticket, or paste its content and press Enter.</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WindowConsole</name>
    <message>
        <source>午休</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>临时离开</source>
        <translation>Away for a moment</translation>
    </message>
    <message>
        <source>协助其他窗口</source>
        <translation>Helping another window</translation>
    </message>
    <message>
        <source>业务培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>值班长</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>导税</source>
        <translation>front desk</translation>
    </message>
    <message>
        <source>代办员</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>暂停原因（选填）</source>
        <translation>Reason for the pause (optional)</translation>
    </message>
    <message>
        <source>本服务点没有设置窗口，无法叫号。</source>
        <translation>This service point has no windows set up, so it cannot call.</translation>
    </message>
    <message>
        <source>无法加载窗口和人员：{reason}</source>
        <translation>Cannot load the windows and officers: {reason}</translation>
    </message>
    <message>
        <source>{number}号窗口</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <source>（潮汐）</source>
        <translation> (tidal)</translation>
    </message>
    <message>
        <source>分局轮值</source>
        <translation>branch rota</translation>
    </message>
    <message>
        <source>{action}未成功：{reason}</source>
        <translation>{action} failed: {reason}</translation>
    </message>
    <message>
        <source>{officer} 已在{number}号窗口签到</source>
        <translation>{officer} signed in at window {number}</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>{number}号窗口已签退</source>
        <translation>Signed out of window {number}</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>暂无等候</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>已叫号 {number}：请{number}号到{window}号窗口</source>
        <translation>Called {number}: number {number} to window {window}</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>已重呼 {number}</source>
        <translation>Recalled {number}</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>{number} 开始办理</source>
        <translation>{number} being served</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>{number} 已办结</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>{number} 已按过号处理</source>
        <translation>{number} marked as a no-show</translation>
    </message>
    <message>
        <source>{number} 已办结；暂无等候</source>
        <translation>{number} finished; nobody waiting</translation>
    </message>
    <message>
        <source>{done} 已办结，已叫号 {number}</source>
        <translation>{done} finished, called {number}</translation>
    </message>
    <message>
        <source>办结并叫下一位</source>
        <translation>Finish and call next</translation>
    </message>
    <message>
        <source>恢复叫号</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>{number}号窗口已恢复叫号</source>
        <translation>Window {number} is calling again</translation>
    </message>
    <message>
        <source>{number}号窗口已暂停叫号</source>
        <translation>Window {number} is paused</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{number} 已转至{target}</source>
        <translation>{number} transferred to {target}</translation>
    </message>
    <message>
        <source>转办</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>open</translation>
    </message>
    <message>
        <source>未签到</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>{officer}（{code}）在岗</source>
        <translation>{officer} ({code}) on duty</translation>
    </message>
    <message>
        <source>未登记人员</source>
        <translation>No officer recorded</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>正在读取窗口…</source>
        <translation>Reading the window…</translation>
    </message>
    <message>
        <source>选择窗口和人员，按“签到”开始</source>
        <translation>Choose the window and the officer, then press “Sign in”</translation>
    </message>
    <message>
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>按 F7 恢复叫号</source>
        <translation>Press F7 to resume calling</translation>
    </message>
    <message>
        <source>有人取号后按 F1 叫号</source>
        <translation>Press F1 to call once someone takes a ticket</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>按 F1 叫下一位</source>
        <translation>Press F1 to call the next</translation>
    </message>
    <message>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>{count} 次</source>
        <translation>{count} time(s)</translation>
    </message>
    <message>
        <source>正在呼叫，等候纳税人到窗口</source>
        <translation>Calling: waiting for the taxpayer to come to the window</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>共 {count} 人等候，最长已等 {minutes} 分钟</source>
        <translation>{count} waiting, the longest for {minutes} min</translation>
    </message>
    <message>
        <source>另有 {count} 位转给本窗口办理</source>
        <translation>{count} more transferred to this window</translation>
    </message>
    <message>
        <source>需先重呼 {needed} 次（已 {count} 次）</source>
        <translation>Recall {needed} time(s) first ({count} so far)</translation>
    </message>
    <message>
        <source>需先重呼 {needed} 次</source>
        <translation>Recall {needed} time(s) first</translation>
    </message>
    <message>
        <source>办理 {time}</source>
        <translation>Serving {time}</translation>
    </message>
    <message>
        <source>已呼叫 {time}</source>
        <translation>Called {time}</translation>
    </message>
    <message>
        <source>暂停 {time}</source>
        <translation>Paused {time}</translation>
    </message>
    <message>
        <source>空闲 {time}</source>
        <translation>Idle {time}</translation>
    </message>
    <message>
        <source>窗口叫号</source>
        <translation>Window console</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>本机所在的窗口（本机会记住）</source>
        <translation>The window at this PC (remembered)</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>在本窗口签到的工作人员（本机会记住）</source>
        <translation>The officer signing in at this window (remembered)</translation>
    </message>
    <message>
        <source>取号时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已等候</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>纳税人</source>
        <translation>Taxpayer</translation>
    </message>
    <message>
        <source>本窗口等候</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <source>叫下一位等候的纳税人</source>
        <translation>Call the next waiting taxpayer</translation>
    </message>
    <message>
        <source>再呼叫一次当前号码</source>
        <translation>Call the current number again</translation>
    </message>
    <message>
        <source>纳税人已到窗口，开始办理</source>
        <translation>The taxpayer is at the window: start</translation>
    </message>
    <message>
        <source>当前业务已办结</source>
        <translation>The current case is finished</translation>
    </message>
    <message>
        <source>纳税人未到，按过号处理（可到导税台重新激活）</source>
        <translation>The taxpayer did not come: no-show (the front desk can re-activate it)</translation>
    </message>
    <message>
        <source>转到本厅其他业务或指定窗口，保留原排队时间</source>
        <translation>Transfer to another service or window, keeping the place in the queue</translation>
    </message>
    <message>
        <source>暂停叫号（当前办理不受影响）</source>
        <translation>Stop calling (the current case is not affected)</translation>
    </message>
    <message>
        <source>办结当前号码并立即叫下一位</source>
        <translation>Finish the current number and call the next at once</translation>
    </message>
    <message>
        <source>暂停原因（选填），暂停时一并记录</source>
        <translation>Reason for the pause (optional), recorded with it</translation>
    </message>
</context>
<context>
    <name>WindowTile</name>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>{category} · 办理中</source>
        <translation>{category} · serving</translation>
    </message>
</context>
<context>
    <name>WindowsPanel</name>
    <message>
        <source>暂无窗口开放</source>
        <translation>No window open</translation>
    </message>
</context>
</TS>
