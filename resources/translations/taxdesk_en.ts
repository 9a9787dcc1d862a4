<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <source>验票…</source>
        <translation>Verify ticket…</translation>
    </message>
    <message>
        <source>最近取号</source>
        <translation>Today&apos;s tickets</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TaxDesk 导税台 — {point}</source>
        <translation>TaxDesk front desk — {point}</translation>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>数据库不可用：{reason}</source>
        <translation>Database unavailable: {reason}</translation>
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
        <source>没有服务点</source>
        <translation>No service points</translation>
    </message>
    <message>
        <source>数据库中还没有服务点。请先用 taxdesk init --demo 创建演示数据，或导入服务网络。</source>
        <translation>The database has no service points yet. Create the demo with taxdesk init --demo, or import the service network.</translation>
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
</TS>
