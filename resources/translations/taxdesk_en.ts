<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FrontDesk</name>
    <message>
        <source>无法加载服务目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均办理约 {minutes} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须到办税服务厅办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所需资料：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号格式不正确：请填写以 1 开头的 11 位手机号，或留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不能超过 40 个字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取号 {number}：{service}，前面 {ahead} 人，预计等候约 {minutes} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取号 {number}：{service}，无需等候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能取号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票号 {number} 已发出，但打印失败：{reason}

号码不会丢失，可以补打。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍后补打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;&#x3000;等候 {count} 人 · 最长 {minutes} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击业务取号（F1–F9 取该类别的常办业务）。当前共 {count} 人等候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导税台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击业务取号（F1–F9 取该类别的常办业务）。类别旁显示当前等候人数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳税人信息（选填，打印时脱敏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为老年人、残疾人、孕妇等取绿色通道优先号（快捷键 G）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿色通道 (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11位手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新取号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未取号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打所选 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验票…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近取号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TaxDesk 导税台 — {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在下次启动 TaxDesk 时生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换服务点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 TaxDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaxDesk {version}
办税服务厅、丰收微税厅与银税e站的排队叫号、预约与潮汐窗口排班软件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaxDesk 办税服务厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取号(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换服务点…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印与界面设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打所选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验票…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>数据库不可用：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <source>办税服务厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>丰收微税厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银税e站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择服务点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这台电脑在哪个服务点使用？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>系统默认打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统打印机（本机未发现打印机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择保存票据的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接 {host}:{port} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接成功：{host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印与界面设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取号后打印到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印前预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络热敏打印机（ESC/POS）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不打印，只在屏幕上显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>等候中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已叫号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取号时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前面人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>没有内容可验证。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是 TaxDesk 票据二维码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是排队票的二维码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二维码格式版本不受支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该票由另一套 TaxDesk 系统签发，不属于本厅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名不符：二维码已被篡改或伪造。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名有效，但本系统中没有这张票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二维码内容与系统记录不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ 真票：{number}  {service}
{point}  {time} 取号  当前状态：{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ 无效：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用扫码枪扫描票面二维码，或粘贴二维码内容后按回车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
