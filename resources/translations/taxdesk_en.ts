<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdvicePanel</name>
    <message>
        <source>待定</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已采纳</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已忽略</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>非工作日</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>不在办公时间</source>
        <translation>Outside opening hours</translation>
    </message>
    <message>
        <source>历史取号记录不足：需 {needed} 个工作日，现有 {available} 个</source>
        <translation>not enough ticket history: {needed} working days needed, {available} available</translation>
    </message>
    <message>
        <source>服务点未设置营业时间</source>
        <translation>the point has no opening hours</translation>
    </message>
    <message>
        <source>本周预测中没有今天的营业时段</source>
        <translation>this week&apos;s forecast has no opening hours today</translation>
    </message>
    <message>
        <source>预测计算出错</source>
        <translation>the forecast failed</translation>
    </message>
    <message>
        <source>预测不可用（{reason}）</source>
        <translation>forecast unavailable ({reason})</translation>
    </message>
    <message>
        <source>未来一小时</source>
        <translation>the next hour</translation>
    </message>
    <message>
        <source>预计 {span} 到达 {arrivals} 人，按平均办理 {aht} 分钟需 {needed} 个窗口</source>
        <translation>{arrivals} expected {span}, at {aht} min each that needs {needed} windows</translation>
    </message>
    <message>
        <source>{prefix} 类 {name}</source>
        <translation>{prefix} {name}</translation>
    </message>
    <message>
        <source>建议为 {queue} 增开窗口（目前没有可开的窗口）</source>
        <translation>Open another window for {queue} (no window is free to open)</translation>
    </message>
    <message>
        <source>建议为 {queue} 开放潮汐窗口（{window} 号窗口，现暂停）</source>
        <translation>Open a tidal window for {queue} (window {window}, now paused)</translation>
    </message>
    <message>
        <source>建议为 {queue} 开放潮汐窗口（{window} 号窗口）</source>
        <translation>Open a tidal window for {queue} (window {window})</translation>
    </message>
    <message>
        <source>{waiting} 人等候，目前没有窗口办理</source>
        <translation>{waiting} waiting, no window serving them</translation>
    </message>
    <message>
        <source>{waiting} 人等候，预计等候 {minutes} 分钟</source>
        <translation>{waiting} waiting, {minutes} min expected wait</translation>
    </message>
    <message>
        <source>，按现场排队需 {needed} 个窗口（{target} 分钟内办完）</source>
        <translation>; the queue alone needs {needed} (to serve it within {target} min)</translation>
    </message>
    <message>
        <source>；现开 {open} 个</source>
        <translation>; {open} open now</translation>
    </message>
    <message>
        <source>{head}：{idle}，{waiting}；预计 {span} 到达 {arrivals} 人，关闭后仍开 {open} 个（需 {needed} 个）</source>
        <translation>{head}: {idle}, {waiting}; {arrivals} expected {span}, {open} still open after closing ({needed} needed)</translation>
    </message>
    <message>
        <source>无预测，按现场排队需 {needed} 个窗口，现开 {open} 个</source>
        <translation>no forecast; the live queue needs {needed} windows, {open} open</translation>
    </message>
    <message>
        <source>{head}：{wait}；{need}</source>
        <translation>{head}: {wait}; {need}</translation>
    </message>
    <message>
        <source>{window} 号窗口可以关闭</source>
        <translation>Window {window} can close</translation>
    </message>
    <message>
        <source>已空闲 {minutes} 分钟</source>
        <translation>free for {minutes} min</translation>
    </message>
    <message>
        <source>{waiting} 人等候，其余窗口可在目标时间内办完</source>
        <translation>{waiting} waiting, the other windows serve them within the target</translation>
    </message>
    <message>
        <source>无人等候</source>
        <translation>nobody waiting</translation>
    </message>
    <message>
        <source>{head}：{idle}，{waiting}；关闭后仍开 {open} 个（需 {needed} 个）</source>
        <translation>{head}: {idle}, {waiting}; {open} still open after it ({needed} needed)</translation>
    </message>
    <message>
        <source>增开窗口 · {queue}</source>
        <translation>Another window · {queue}</translation>
    </message>
    <message>
        <source>开 {window} 号窗口 · {queue}</source>
        <translation>Open window {window} · {queue}</translation>
    </message>
    <message>
        <source>关 {window} 号窗口</source>
        <translation>Close window {window}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>决定时间</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>正在分析排队情况…</source>
        <translation>Looking at the queues…</translation>
    </message>
    <message>
        <source>{time} 分析失败：{reason}。下一分钟自动重试。</source>
        <translation>{time} the advisor failed: {reason}. It tries again in a minute.</translation>
    </message>
    <message>
        <source>{time} 检查：{reason}，不提出新建议。</source>
        <translation>{time} checked: {reason}, no new suggestions.</translation>
    </message>
    <message>
        <source>{time} 已分析：按现场排队和未来一小时的客流预测（{week}）。</source>
        <translation>{time} checked: the live queues and the next hour&apos;s forecast ({week}).</translation>
    </message>
    <message>
        <source>{time} 已分析：未用预测（{reason}），仅按现场排队。</source>
        <translation>{time} checked: no forecast ({reason}), the live queues only.</translation>
    </message>
    <message>
        <source>建议只能查看：采纳或忽略须由值班长（或本服务点的代办员）登录后进行。</source>
        <translation>Suggestions are view-only here: accepting or dismissing them needs a hall supervisor (or this point&apos;s township agent) signed in.</translation>
    </message>
    <message>
        <source>{reason}：暂不提出建议。</source>
        <translation>{reason}: no suggestions for now.</translation>
    </message>
    <message>
        <source>{title}（{count} 条待定）</source>
        <translation>{title} ({count} pending)</translation>
    </message>
    <message>
        <source>已采纳「{what}」（{name}）。</source>
        <translation>Accepted “{what}” ({name}).</translation>
    </message>
    <message>
        <source>已忽略「{what}」（{name}）。</source>
        <translation>Dismissed “{what}” ({name}).</translation>
    </message>
    <message>
        <source>未记录：{reason}</source>
        <translation>Not recorded: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>登录与账号</source>
        <translation>Sign-in and accounts</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>潮汐建议</source>
        <translation>Tidal-window advice</translation>
    </message>
    <message>
        <source>办税日历</source>
        <translation>Tax calendar</translation>
    </message>
    <message>
        <source>服务网络</source>
        <translation>Service network</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>账号锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>开通账号</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>设立管理员</source>
        <translation>Administrator set up</translation>
    </message>
    <message>
        <source>人员资料</source>
        <translation>Person&apos;s record</translation>
    </message>
    <message>
        <source>人员离职</source>
        <translation>Person left</translation>
    </message>
    <message>
        <source>人员照片</source>
        <translation>Person&apos;s photo</translation>
    </message>
    <message>
        <source>窗口设置</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>班次模板</source>
        <translation>Shift template</translation>
    </message>
    <message>
        <source>导出人员名单</source>
        <translation>Staff list exported</translation>
    </message>
    <message>
        <source>发布排班</source>
        <translation>Roster published</translation>
    </message>
    <message>
        <source>修订已发布排班</source>
        <translation>Published roster revised</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>解除预约限制</source>
        <translation>Booking block lifted</translation>
    </message>
    <message>
        <source>预约名额</source>
        <translation>Booking capacity</translation>
    </message>
    <message>
        <source>采纳建议</source>
        <translation>Advice accepted</translation>
    </message>
    <message>
        <source>忽略建议</source>
        <translation>Advice dismissed</translation>
    </message>
    <message>
        <source>申报期限</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>取消申报期限</source>
        <translation>Filing deadline cleared</translation>
    </message>
    <message>
        <source>导入放假通知</source>
        <translation>Holiday notice imported</translation>
    </message>
    <message>
        <source>导入申报期限</source>
        <translation>Filing deadlines imported</translation>
    </message>
    <message>
        <source>清除日历</source>
        <translation>Calendar days cleared</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>业务目录</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>清理审计日志</source>
        <translation>Audit trail pruned</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>变更内容</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>变更后</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>全部人员</source>
        <translation>Everybody</translation>
    </message>
    <message>
        <source>工号：从列表中选择，或直接输入</source>
        <translation>Staff code: pick one from the list or type it</translation>
    </message>
    <message>
        <source>对象包含…</source>
        <translation>Object contains…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>重新计算每条记录的哈希，检查链条是否完整</source>
        <translation>Recompute every entry&apos;s hash and check that the chain is unbroken</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把筛选出的全部记录导出为 Excel（.xlsx）或 CSV 文件</source>
        <translation>Export every entry the filters select to an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>选中一行，这里显示变更前后的完整内容。</source>
        <translation>Select a row to see everything it recorded before and after here.</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>{group}（全部）</source>
        <translation>{group} (all)</translation>
    </message>
    <message>
        <source>结束日期早于开始日期：请调整日期。</source>
        <translation>The end date is before the start date: please change the dates.</translation>
    </message>
    <message>
        <source>只显示最新的 {limit} 条：筛选出的记录更多，请缩小范围（导出包含全部）。</source>
        <translation>Showing the newest {limit} entries only: the filters select more; narrow them (an export holds them all).</translation>
    </message>
    <message>
        <source>共 {count} 条</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>时间：{time}&#x3000;人员：{actor}&#x3000;电脑：{host}</source>
        <translation>Time: {time}   Person: {actor}   PC: {host}</translation>
    </message>
    <message>
        <source>对象：{object}</source>
        <translation>Object: {object}</translation>
    </message>
    <message>
        <source>变更前：</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>变更后：</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>哈希：{hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>正在校验……</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>审计日志完整：{count} 条，链条无断点。</source>
        <translation>Audit trail complete: {count} entries, the chain is unbroken. </translation>
    </message>
    <message>
        <source>最新一条 #{id}，哈希 {hash}（请记下，以便日后核对）</source>
        <translation>Newest entry #{id}, hash {hash} (note it down to compare later)</translation>
    </message>
    <message>
        <source>第 {id} 条记录</source>
        <translation>entry {id}</translation>
    </message>
    <message>
        <source>（{kind}，{time}）</source>
        <translation> ({kind}, {time})</translation>
    </message>
    <message>
        <source>审计日志不完整：{where}{reason}。其前 {checked} 条完好。</source>
        <translation>Audit trail broken at {where}: {reason}. The {checked} entries before it hold.</translation>
    </message>
    <message>
        <source>的内容与其哈希不符（被改动过）</source>
        <translation>its content does not match its hash (it was changed)</translation>
    </message>
    <message>
        <source>之前的记录缺失或被改动</source>
        <translation>the entry before it is missing or was changed</translation>
    </message>
    <message>
        <source>接在一条更晚的记录之后（记录顺序被打乱）</source>
        <translation>it continues from a later entry (the entries were reordered)</translation>
    </message>
    <message>
        <source>与另一条记录接在同一条记录之后（链条分叉）</source>
        <translation>it continues from the same entry as another one (the chain forked)</translation>
    </message>
    <message>
        <source>是日志的第一条，但没有清理记录为它作证（之前的记录缺失）</source>
        <translation>the trail starts with it, but no pruning checkpoint vouches for it (entries before it are missing)</translation>
    </message>
    <message>
        <source>有问题（{reason}）</source>
        <translation>a problem ({reason})</translation>
    </message>
    <message>
        <source>已导出 {rows} 条审计记录到 {path}</source>
        <translation>Exported {rows} audit entries to {path}</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Audit trail exported</translation>
    </message>
</context>
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
    <name>Booking</name>
    <message>
        <source>已预约</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>{start}–{end}：现在不能预约（已过、距开始不足规定时间，或本服务点不接受该业务预约）</source>
        <translation>{start}–{end}: cannot be booked now (past, too soon, or this point takes no bookings for the service)</translation>
    </message>
    <message>
        <source>{time} 已满</source>
        <translation>{time} full</translation>
    </message>
    <message>
        <source>{start}–{end}：已约满（共 {capacity} 个名额）</source>
        <translation>{start}–{end}: fully booked ({capacity} places)</translation>
    </message>
    <message>
        <source>{time} 余{count}</source>
        <translation>{time} · {count} left</translation>
    </message>
    <message>
        <source>{start}–{end}：余 {remaining} 个名额（共 {capacity} 个）</source>
        <translation>{start}–{end}: {remaining} of {capacity} places left</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>预约码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>纳税人</source>
        <translation>Taxpayer</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>导税台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>服务台</source>
        <translation>service counter</translation>
    </message>
    <message>
        <source>无法加载预约信息</source>
        <translation>Cannot load the bookings</translation>
    </message>
    <message>
        <source>{category} · 平均办理约 {minutes} 分钟</source>
        <translation>{category} · about {minutes} min</translation>
    </message>
    <message>
        <source>正在读取时段……</source>
        <translation>Reading the slots…</translation>
    </message>
    <message>
        <source>{day} 的预约</source>
        <translation>Bookings on {day}</translation>
    </message>
    <message>
        <source>该日不开放预约。</source>
        <translation>No bookings on this day.</translation>
    </message>
    <message>
        <source>本服务点不接受「{service}」的预约。</source>
        <translation>This point takes no bookings for “{service}”.</translation>
    </message>
    <message>
        <source>当日可约 {places} 个名额。灰色时段已过或距开始不足规定时间，红色时段已约满。纳税人须在时段开始前 {early} 分钟至开始后 {late} 分钟内到{desk}签到。</source>
        <translation>{places} places can still be booked this day. Grey slots are past or too soon, red ones are full. Taxpayers check in at the {desk} from {early} min before to {late} min after the slot starts.</translation>
    </message>
    <message>
        <source>请先选择业务和时段。</source>
        <translation>Choose a service and a slot first.</translation>
    </message>
    <message>
        <source>已预约 {day} {time} {service}，预约码 {code}</source>
        <translation>Booked {service} on {day} at {time}, code {code}</translation>
    </message>
    <message>
        <source>未能预约</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <source>暂停预约</source>
        <translation>Booking suspended</translation>
    </message>
    <message>
        <source>值班长解除限制…</source>
        <translation>Supervisor: lift the block…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已解除预约限制，正在重新预约……</source>
        <translation>Block lifted, booking again…</translation>
    </message>
    <message>
        <source>预约 {code} 已成功，但凭条打印失败：{reason}

预约不会丢失，可以补打凭条。</source>
        <translation>Booking {code} is made, but the slip did not print: {reason}

The booking is not lost; the slip can be reprinted.</translation>
    </message>
    <message>
        <source>预约办税</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>① 选择业务</source>
        <translation>① Service</translation>
    </message>
    <message>
        <source>搜索：名称、拼音首字母或代码</source>
        <translation>Search: name, pinyin initials or code</translation>
    </message>
    <message>
        <source>② 选择日期和时段</source>
        <translation>② Day and slot</translation>
    </message>
    <message>
        <source>③ 纳税人信息</source>
        <translation>③ Taxpayer</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>办税人姓名</source>
        <translation>Taxpayer name</translation>
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
        <source>证件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>居民身份证号</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>18位身份证号</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <source>预约所选时段并打印预约凭条（Ctrl+Enter）</source>
        <translation>Book the chosen slot and print the slip (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>预约并打印凭条</source>
        <translation>Book and print the slip</translation>
    </message>
    <message>
        <source>当日预约</source>
        <translation>Bookings of the day</translation>
    </message>
    <message>
        <source>显示所选预约纳税人的完整姓名和手机号（如需致电纳税人）；每次查看都记入审计日志</source>
        <translation>Show the selected taxpayer&apos;s full name and mobile number (to call them); every view is recorded in the audit trail</translation>
    </message>
    <message>
        <source>显示完整信息</source>
        <translation>Show in full</translation>
    </message>
    <message>
        <source>改约…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>取消预约…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <source>补打凭条</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>预约凭条</source>
        <translation>Booking slip</translation>
    </message>
    <message>
        <source>预约成功后，凭条显示在这里并同时打印。</source>
        <translation>Once booked, the slip shows here and is printed.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>{year} 年的节假日安排尚未导入：暂按周六、周日休息，周一至周五上班计算，法定节假日和调休都未计入，征期按规则推算。请导入国务院办公厅节假日安排通知（「节假日与调休」页的「导入放假通知…」）。</source>
        <translation>The holiday arrangements for {year} have not been imported: Saturdays and Sundays count as rest days and Monday to Friday as working days, public holidays and make-up workdays are missing, and filing deadlines follow the rule. Import the State Council&apos;s holiday notice (“Import Holiday Notice…” on the “Holidays and Make-up Days” tab).</translation>
    </message>
    <message>
        <source>清除 {year} 年导入</source>
        <translation>Clear {year} Imports</translation>
    </message>
    <message>
        <source>节假日和调休：内置的国务院办公厅通知（chinesecalendar），其中 {days} 天按本局导入的通知。</source>
        <translation>Holidays and make-up workdays: the State Council notices built in (chinesecalendar), {days} days of them from a notice this bureau imported.</translation>
    </message>
    <message>
        <source>节假日和调休：内置的国务院办公厅通知（chinesecalendar）。</source>
        <translation>Holidays and make-up workdays: the State Council notices built in (chinesecalendar).</translation>
    </message>
    <message>
        <source>节假日和调休：本局导入的国务院办公厅通知（{days} 天）。</source>
        <translation>Holidays and make-up workdays: the State Council notice this bureau imported ({days} days).</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>征期截止日</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>周末休息</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>{name}放假</source>
        <translation>{name} holiday</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>调休上班（{name}）</source>
        <translation>Make-up workday ({name})</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>本月征期最后一天</source>
        <translation>last day of this month&apos;s filing period</translation>
    </message>
    <message>
        <source>征期截止 {day}</source>
        <translation>filing deadline {day}</translation>
    </message>
    <message>
        <source>本月征期已过（{day} 截止）</source>
        <translation>this month&apos;s filing period is over (deadline {day})</translation>
    </message>
    <message>
        <source>{date}
{state}；{filing}</source>
        <translation>{date}
{state}; {filing}</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月申报截止日：</source>
        <translation>Filing deadline for {month}/{year}:</translation>
    </message>
    <message>
        <source>已将 {year} 年 {month} 月的申报截止日改为 {day}。</source>
        <translation>The filing deadline for {month}/{year} is now {day}.</translation>
    </message>
    <message>
        <source>（未保存）</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>已恢复 {year} 年 {month} 月的默认征期。</source>
        <translation>The default filing deadline for {month}/{year} is back.</translation>
    </message>
    <message>
        <source>选择征期表文件</source>
        <translation>Choose a Filing Deadline Table</translation>
    </message>
    <message>
        <source>选择放假通知文件</source>
        <translation>Choose a Holiday Notice</translation>
    </message>
    <message>
        <source>移除导入的日期</source>
        <translation>Remove Imported Days</translation>
    </message>
    <message>
        <source>移除本局导入的 {dates}（{kind}，{days} 天）？这些日期将恢复为内置数据或按周末计算。</source>
        <translation>Remove the imported {dates} ({kind}, {days} days)? These days go back to the built-in data or the weekend rule.</translation>
    </message>
    <message>
        <source>清除导入的通知</source>
        <translation>Clear the Imported Notice</translation>
    </message>
    <message>
        <source>清除 {year} 年本局导入的全部 {days} 天？这一年将恢复为内置数据或按周末计算。</source>
        <translation>Clear all {days} days imported for {year}? The year goes back to the built-in data or the weekend rule.</translation>
    </message>
    <message>
        <source>已移除 {count} 天本局导入的日期。</source>
        <translation>Removed {count} imported days.</translation>
    </message>
    <message>
        <source>正在导入 {file} …</source>
        <translation>Importing {file} …</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>文件中没有数据，没有导入任何内容。</source>
        <translation>The file holds no data; nothing was imported.</translation>
    </message>
    <message>
        <source>已导入 {count} 天（{years} 年）。</source>
        <translation>Imported {count} days ({years}).</translation>
    </message>
    <message>
        <source>已导入 {count} 个月的申报征期（{years} 年）。</source>
        <translation>Imported the filing deadlines of {count} months ({years}).</translation>
    </message>
    <message>
        <source>（未导入任何内容）</source>
        <translation> (nothing was imported)</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>国家税务总局公布</source>
        <translation>Published by the STA</translation>
    </message>
    <message>
        <source>本局导入或修改</source>
        <translation>Imported or edited here</translation>
    </message>
    <message>
        <source>按规则推算</source>
        <translation>By the rule</translation>
    </message>
    <message>
        <source>内置（chinesecalendar）</source>
        <translation>Built in (chinesecalendar)</translation>
    </message>
    <message>
        <source>本局导入的通知</source>
        <translation>Notice imported here</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>{day}（{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>申报截止日</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>征期</source>
        <translation>Filing period</translation>
    </message>
    <message>
        <source>其中工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{month} 月</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>1–{last} 日，共 {days} 天</source>
        <translation>1–{last}, {days} days</translation>
    </message>
    <message>
        <source>{count} 天</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <source>没有国家税务总局公布的征期日历：按征管法实施细则第一百零九条推算，仅供参考。</source>
        <translation>No filing calendar published by the State Taxation Administration: computed by Article 109 of the Tax Collection Law&apos;s implementing rules, for guidance only.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>税务日历</source>
        <translation>Tax Calendar</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>申报征期</source>
        <translation>Filing Deadlines</translation>
    </message>
    <message>
        <source>按规则推算的征期仅供参考，以国家税务总局公布的征期日历为准：可逐月修改，或导入征期表。</source>
        <translation>Deadlines computed by the rule are only a guide; the State Taxation Administration&apos;s published calendar decides. Edit a month or import a deadline table.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改所选月份的申报截止日（也可双击一行）</source>
        <translation>Change the selected month&apos;s filing deadline (or double-click a row)</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore Default</translation>
    </message>
    <message>
        <source>删除本局对所选月份的修改，恢复国家税务总局公布的征期或按规则推算</source>
        <translation>Remove this bureau&apos;s change to the selected month and go back to the published deadline or the rule</translation>
    </message>
    <message>
        <source>导入征期表…</source>
        <translation>Import Deadline Table…</translation>
    </message>
    <message>
        <source>CSV 文件，第 1 行为列名 year,month,date（如 2027,1,2027-01-20）；有一行出错则全部不导入</source>
        <translation>CSV file with the header year,month,date (e.g. 2027,1,2027-01-20); one bad row and nothing is imported</translation>
    </message>
    <message>
        <source>节假日与调休</source>
        <translation>Holidays and Make-up Days</translation>
    </message>
    <message>
        <source>放假通知 CSV 文件：第 1 行为列名 date,kind,name；kind 为 holiday（放假）或 workday（调休上班），如 2027-01-01,holiday,元旦。导入的日期优先于内置数据。</source>
        <translation>Holiday notice as CSV with the header date,kind,name; kind is holiday or workday (make-up workday), e.g. 2027-01-01,holiday,New Year. Imported days take precedence over the built-in data.</translation>
    </message>
    <message>
        <source>导入放假通知…</source>
        <translation>Import Holiday Notice…</translation>
    </message>
    <message>
        <source>导入国务院办公厅的节假日安排通知（CSV）；有一行出错则全部不导入</source>
        <translation>Import the State Council&apos;s holiday notice (CSV); one bad row and nothing is imported</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove Selected</translation>
    </message>
    <message>
        <source>删除所选的本局导入日期，恢复内置数据（或按周末计算）</source>
        <translation>Remove the selected imported days and go back to the built-in data (or the weekend rule)</translation>
    </message>
    <message>
        <source>清除本年导入</source>
        <translation>Clear This Year&apos;s Imports</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>{person} 的密码是新设或重置的，请先改为只有您知道的密码。</source>
        <translation>The password of {person} is new or was reset: change it first to one only you know.</translation>
    </message>
    <message>
        <source>密码至少 8 位，须同时包含字母和数字。</source>
        <translation>At least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>重新求解的结果</source>
        <translation>Result of the re-solve</translation>
    </message>
    <message>
        <source>与第 {version} 版相比，有 {count} 处安排改变（涉及 {people} 人）。采用后保存为草稿；放弃则排班不变。</source>
        <translation>Compared with version {version}, {count} assignments change ({people} people). Accept to save it as the draft; discard to leave the roster as it is.</translation>
    </message>
    <message>
        <source>采用</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>DayBookings</name>
    <message>
        <source>共 {total} 个：已预约 {booked}，已签到 {checked_in}，已取消 {cancelled}，未到 {missed}</source>
        <translation>{total} in all: {booked} booked, {checked_in} checked in, {cancelled} cancelled, {missed} missed</translation>
    </message>
    <message>
        <source>补打预约凭条 {code}</source>
        <translation>Reprinted slip {code}</translation>
    </message>
    <message>
        <source>无法补打</source>
        <translation>Cannot reprint</translation>
    </message>
    <message>
        <source>无法显示完整信息</source>
        <translation>Cannot show in full</translation>
    </message>
    <message>
        <source>预约 {code} 的纳税人</source>
        <translation>Taxpayer of booking {code}</translation>
    </message>
    <message>
        <source>姓名：{name}
手机：{phone}
证件：{id}

本次查看已记入审计日志。</source>
        <translation>Name: {name}
Mobile: {phone}
ID: {id}

This view has been recorded in the audit trail.</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>取消预约 {code}？
{day} {start}–{end}  {service}  {taxpayer}

名额将释放给其他纳税人。</source>
        <translation>Cancel booking {code}?
{day} {start}–{end}  {service}  {taxpayer}

The place goes back to other taxpayers.</translation>
    </message>
    <message>
        <source>已取消预约 {code}，名额已释放</source>
        <translation>Booking {code} cancelled, its place released</translation>
    </message>
    <message>
        <source>无法取消预约</source>
        <translation>Cannot cancel the booking</translation>
    </message>
    <message>
        <source>无法打印凭条</source>
        <translation>Cannot print the slip</translation>
    </message>
    <message>
        <source>预约 {code} 已改到 {day} {time}，请将新凭条交给纳税人</source>
        <translation>Booking {code} moved to {day} {time}: give the taxpayer the new slip</translation>
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
    <name>EditorPage</name>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>创建系统管理员</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>这套 TaxDesk 还没有系统管理员。请创建第一位系统管理员：由其录入人员、窗口和班次，并为其他人开设账号。</source>
        <translation>This TaxDesk installation has no administrator yet. Create the first one: they enter the people, windows and shifts, and give everyone else an account.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请填写工号和姓名。</source>
        <translation>Enter a staff code and a name.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
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
        <source>✔ 预约签到成功，已发预约优先号 {number}（{service}）</source>
        <translation>✔ Checked in: booking priority ticket {number} ({service})</translation>
    </message>
    <message>
        <source>✘ 不能签到：</source>
        <translation>✘ Cannot check in: </translation>
    </message>
    <message>
        <source>预约签到未成功：</source>
        <translation>Check-in failed: </translation>
    </message>
    <message>
        <source>今日没有过号的票。</source>
        <translation>No no-shows today.</translation>
    </message>
    <message>
        <source>没有符合条件的票。</source>
        <translation>No ticket matches.</translation>
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
        <source>票号 {number} 已发出，但打印失败：{reason}

号码不会丢失，可以补打。</source>
        <translation>Ticket {number} has been issued, but printing failed: {reason}

The number is not lost; it can be reprinted.</translation>
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
        <source>预约签到</source>
        <translation>Booking check-in</translation>
    </message>
    <message>
        <source>今日取号</source>
        <translation>Today&apos;s tickets</translation>
    </message>
    <message>
        <source>按号码、业务或状态查找今日的票（Ctrl+F）</source>
        <translation>Find today&apos;s tickets by number, service or status (Ctrl+F)</translation>
    </message>
    <message>
        <source>查找号码、业务或状态 (Ctrl+F)</source>
        <translation>Find a number, service or status (Ctrl+F)</translation>
    </message>
    <message>
        <source>只显示过号的票，并选中第一张，可直接重新激活（F11）</source>
        <translation>Show only no-shows, the first one selected, ready to re-activate (F11)</translation>
    </message>
    <message>
        <source>只看过号 (F11)</source>
        <translation>No-shows only (F11)</translation>
    </message>
    <message>
        <source>扫描预约凭条二维码或输入预约码</source>
        <translation>Scan the slip or type the booking code</translation>
    </message>
    <message>
        <source>核验预约并发放预约优先号</source>
        <translation>Check the booking and issue a priority ticket</translation>
    </message>
    <message>
        <source>签到取号 (F10)</source>
        <translation>Check in (F10)</translation>
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
        <source>用扫码枪扫描预约凭条上的二维码，或输入 8 位预约码后按回车或 F10（F10 也可跳到此处）</source>
        <translation>Scan the QR code on the booking slip, or type the 8-character booking code, then press Enter or F10 (F10 also comes here)</translation>
    </message>
    <message>
        <source>补打“今日取号”中选中的票（未选中时补打最新一张）</source>
        <translation>Reprint the ticket selected in &quot;Today&apos;s tickets&quot; (the latest one when none is selected)</translation>
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
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>税</source>
        <translation>税</translation>
    </message>
</context>
<context>
    <name>HistoryImportDialog</name>
    <message>
        <source>选择历史取号记录文件</source>
        <translation>Choose the ticket history file</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>请先选择要导入的文件。</source>
        <translation>Choose a file to import first.</translation>
    </message>
    <message>
        <source>正在读取 {file} …</source>
        <translation>Reading {file} …</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>正在导入：约 {done} / {total} 行</source>
        <translation>Importing: about {done} / {total} rows</translation>
    </message>
    <message>
        <source>已导入 {tickets} 张票（办结 {finished} 张，过号 {no_shows} 张），{first} 至 {last}，共 {points} 个服务点。</source>
        <translation>Imported {tickets} tickets ({finished} finished, {no_shows} no-shows), {first} to {last}, at {points} service points.</translation>
    </message>
    <message>
        <source>文件中没有取号记录，没有导入任何数据。</source>
        <translation>The file has no ticket records; nothing was imported.</translation>
    </message>
    <message>
        <source>（未导入任何记录）</source>
        <translation> (nothing imported)</translation>
    </message>
    <message>
        <source>导入历史取号记录</source>
        <translation>Import ticket history</translation>
    </message>
    <message>
        <source>从其他排队系统导出的 CSV 文件导入历史取号记录，供客流预测和窗口测算使用。第 1 行为列名：point,service,issued_at,called_at,finished_at,window。导入要么全部完成，要么不写入任何数据。</source>
        <translation>Import ticket history exported from another queueing system as CSV, for the arrival forecast and the window requirements. Row 1 names the columns: point,service,issued_at,called_at,finished_at,window. An import is complete or writes nothing.</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>为 {name} 记录休假（或其他不能上班的日子）：</source>
        <translation>Record leave for {name} (or other days they cannot work):</translation>
    </message>
    <message>
        <source>共 {days} 天：{first} 至 {last}</source>
        <translation>{days} days: {first} to {last}</translation>
    </message>
    <message>
        <source>标记休假</source>
        <translation>Mark Leave</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>年休假、病假、培训……（可不填）</source>
        <translation>Annual leave, sick leave, training… (optional)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>本人输入密码即可解锁；其他人员输入自己的工号和密码即可接替本桌（接替记入审计日志）。</source>
        <translation>The same person unlocks with their password; another officer takes the desk over with their own staff code and password (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>桌面已锁定 · {person}</source>
        <translation>Desk locked · {person}</translation>
    </message>
    <message>
        <source>桌面已锁定</source>
        <translation>Desk locked</translation>
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
        <source>您的账号在本服务点没有可用的功能。请联系系统管理员分配角色。</source>
        <translation>Your account has nothing it may do at this service point. Ask an administrator for a role.</translation>
    </message>
    <message>
        <source>{person} · {roles}</source>
        <translation>{person} · {roles}</translation>
    </message>
    <message>
        <source>TaxDesk — {point}</source>
        <translation>TaxDesk — {point}</translation>
    </message>
    <message>
        <source>预约办税</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>服务网络</source>
        <translation>Service network</translation>
    </message>
    <message>
        <source>潮汐窗口</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>TaxDesk {mode} — {point}</source>
        <translation>TaxDesk {mode} — {point}</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
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
        <source>系统管理(&amp;A)</source>
        <translation>&amp;Administration</translation>
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
        <source>导入历史记录…</source>
        <translation>Import History…</translation>
    </message>
    <message>
        <source>税务日历…</source>
        <translation>Tax Calendar…</translation>
    </message>
    <message>
        <source>服务点业务清单</source>
        <translation>Service list of the point</translation>
    </message>
    <message>
        <source>服务网络与目录管理</source>
        <translation>Service network and catalogue</translation>
    </message>
    <message>
        <source>打开叫号屏…</source>
        <translation>Open the display board…</translation>
    </message>
    <message>
        <source>锁定桌面</source>
        <translation>Lock desk</translation>
    </message>
    <message>
        <source>换人登录…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>人员与窗口</source>
        <translation>People and windows</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit trail</translation>
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
        <source>内容中有不可见的控制字符（{character}），请删除后重新输入。</source>
        <translation>The text contains an invisible control character ({character}): remove it and try again.</translation>
    </message>
    <message>
        <source>此项不能为空。</source>
        <translation>This field must not be empty.</translation>
    </message>
    <message>
        <source>须为 {minimum} 到 {maximum} 之间的数字，「{value}」不符合。</source>
        <translation>Enter a number from {minimum} to {maximum}; “{value}” is not one.</translation>
    </message>
    <message>
        <source>编号须为 1 到 {maximum} 之间的整数，「{value}」不符合。</source>
        <translation>An ID is a whole number from 1 to {maximum}; “{value}” is not one.</translation>
    </message>
    <message>
        <source>窗口号须为 1 到 {maximum} 之间的整数，「{value}」不符合。</source>
        <translation>A window number is a whole number from 1 to {maximum}; “{value}” is not one.</translation>
    </message>
    <message>
        <source>年份须在 {minimum} 到 {maximum} 之间，「{value}」不符合。</source>
        <translation>The year must be from {minimum} to {maximum}; “{value}” is not.</translation>
    </message>
    <message>
        <source>「{value}」不是有效日期：请写成 年-月-日（如 2026-03-02）。</source>
        <translation>“{value}” is not a date: write year-month-day (e.g. 2026-03-02).</translation>
    </message>
    <message>
        <source>日期 {value} 超出了 {first} 至 {last} 的范围。</source>
        <translation>The date {value} is outside {first} – {last}.</translation>
    </message>
    <message>
        <source>服务点代码须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。</source>
        <translation>A point code is 2 to 16 capital letters or digits (A–Z, 0–9); “{value}” is not.</translation>
    </message>
    <message>
        <source>业务代码须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。</source>
        <translation>A service code is 2 to 16 capital letters or digits (A–Z, 0–9); “{value}” is not.</translation>
    </message>
    <message>
        <source>服务点代码 {value} 已被使用。</source>
        <translation>Point code {value} is already used.</translation>
    </message>
    <message>
        <source>业务代码 {value} 已被使用。</source>
        <translation>Service code {value} is already used.</translation>
    </message>
    <message>
        <source>请填写服务点名称。</source>
        <translation>Enter the point’s name.</translation>
    </message>
    <message>
        <source>请填写业务名称。</source>
        <translation>Enter the service’s name.</translation>
    </message>
    <message>
        <source>内容过长：最多 {maximum} 个字，现有 {length} 个字。</source>
        <translation>Too long: at most {maximum} characters, this has {length}.</translation>
    </message>
    <message>
        <source>服务点类型须为 hall（办税服务厅）、township（丰收微税厅）或 bank_station（银税e站），「{value}」不符合。</source>
        <translation>The point kind is hall, township or bank_station; “{value}” is not.</translation>
    </message>
    <message>
        <source>营业时间「{value}」格式不对：请写成 08:30-12:00,13:30-17:00（24 小时制，时段之间用逗号分隔）。</source>
        <translation>Opening hours “{value}” are malformed: write them like 08:30-12:00,13:30-17:00 (24-hour clock, periods separated by commas).</translation>
    </message>
    <message>
        <source>营业时间中的「{time}」不是有效时刻：小时为 00–23（结束可写 24:00），分钟为 00–59。</source>
        <translation>“{time}” in the opening hours is not a time: hours 00–23 (24:00 as an end), minutes 00–59.</translation>
    </message>
    <message>
        <source>营业时段「{period}」的结束时间须晚于开始时间。</source>
        <translation>The period “{period}” must end after it starts.</translation>
    </message>
    <message>
        <source>营业时段「{period}」与前一时段重叠或顺序颠倒：请按先后顺序填写，时段互不重叠。</source>
        <translation>The period “{period}” overlaps or comes before the previous one: list periods in order, without overlaps.</translation>
    </message>
    <message>
        <source>平均办理时长须为 {minimum} 到 {maximum} 分钟之间的数字，「{value}」不符合。</source>
        <translation>The average handling time is a number of minutes from {minimum} to {maximum}; “{value}” is not.</translation>
    </message>
    <message>
        <source>没有业务类别「{category}」。</source>
        <translation>There is no category “{category}”.</translation>
    </message>
    <message>
        <source>「{value}」不是“是/否”：请填 1 或 0（也可写 是/否、yes/no）。</source>
        <translation>“{value}” is not yes or no: write 1 or 0 (or 是/否, yes/no).</translation>
    </message>
    <message>
        <source>只能使用 .csv 或 .xlsx 文件：{path}</source>
        <translation>Only .csv or .xlsx files: {path}</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>文件是空的：第 1 行应为列名（{columns}）。</source>
        <translation>The file is empty: row 1 must name the columns ({columns}).</translation>
    </message>
    <message>
        <source>未知的列「{column}」。可用的列为：{columns}。</source>
        <translation>Unknown column “{column}”. The columns are: {columns}.</translation>
    </message>
    <message>
        <source>列「{column}」出现了两次。</source>
        <translation>Column “{column}” appears twice.</translation>
    </message>
    <message>
        <source>缺少必需的列「{column}」。</source>
        <translation>The required column “{column}” is missing.</translation>
    </message>
    <message>
        <source>代码 {code} 在第 {first_row} 行已经出现过。</source>
        <translation>Code {code} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>请填写纳税人姓名（不超过 40 个字）。</source>
        <translation>Enter the taxpayer’s name (at most 40 characters).</translation>
    </message>
    <message>
        <source>姓名不能超过 40 个字。</source>
        <translation>The name cannot be longer than 40 characters.</translation>
    </message>
    <message>
        <source>请填写纳税人的手机号。</source>
        <translation>Enter the taxpayer’s mobile number.</translation>
    </message>
    <message>
        <source>手机号「{phone}」格式不正确：应为以 1 开头的 11 位手机号。</source>
        <translation>“{phone}” is not a mobile number: 11 digits starting with 1.</translation>
    </message>
    <message>
        <source>请填写身份证号或统一社会信用代码。</source>
        <translation>Enter the ID number or the credit code.</translation>
    </message>
    <message>
        <source>身份证号应为 18 位（最后一位可能是 X），请核对位数。</source>
        <translation>An ID number has 18 characters (the last may be X): check its length.</translation>
    </message>
    <message>
        <source>身份证号应为 17 位数字加最后一位数字或 X。</source>
        <translation>An ID number is 17 digits and a final digit or X.</translation>
    </message>
    <message>
        <source>身份证号前两位不是有效的省份代码，请核对。</source>
        <translation>The first two digits of the ID number are not a province: check them.</translation>
    </message>
    <message>
        <source>身份证号第 7–14 位的出生日期无效，请核对。</source>
        <translation>Digits 7–14 of the ID number are not a valid date of birth: check them.</translation>
    </message>
    <message>
        <source>身份证号校验位不符：可能有数字输错，请核对。</source>
        <translation>The ID number’s check character does not match: a digit may be mistyped.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位，请核对位数。</source>
        <translation>A credit code has 18 characters: check its length.</translation>
    </message>
    <message>
        <source>统一社会信用代码中不会出现字母 I、O、Z、S、V，请核对。</source>
        <translation>A credit code never contains I, O, Z, S or V: check it.</translation>
    </message>
    <message>
        <source>统一社会信用代码第 3–8 位应为行政区划代码（数字），请核对。</source>
        <translation>Characters 3–8 of a credit code are the region code (digits): check them.</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不符：可能有字符输错，请核对。</source>
        <translation>The credit code’s check character does not match: a character may be mistyped.</translation>
    </message>
    <message>
        <source>{time} 时段已约满，请选择其他时段。</source>
        <translation>The {time} slot is full: choose another.</translation>
    </message>
    <message>
        <source>本服务点不接受该类业务的预约。</source>
        <translation>This point takes no bookings for this kind of service.</translation>
    </message>
    <message>
        <source>该日期超出可预约的范围，请在可选日期内预约。</source>
        <translation>That day is beyond the booking horizon: choose one of the days offered.</translation>
    </message>
    <message>
        <source>该时段即将开始，已过当天预约的截止时间，请选择更晚的时段。</source>
        <translation>That slot starts too soon for a same-day booking: choose a later one.</translation>
    </message>
    <message>
        <source>{day} 不是工作日，不办理预约。</source>
        <translation>{day} is not a working day: no bookings.</translation>
    </message>
    <message>
        <source>该时段已经过去，请选择其他时段。</source>
        <translation>That slot has passed: choose another.</translation>
    </message>
    <message>
        <source>{point}没有 {time} 开始的预约时段。</source>
        <translation>{point} has no slot starting at {time}.</translation>
    </message>
    <message>
        <source>该纳税人当天已预约过此业务（预约码 {code}），无需重复预约。</source>
        <translation>This taxpayer already has booking {code} for this service that day.</translation>
    </message>
    <message>
        <source>该纳税人近期 {count} 次预约未到，暂停预约至 {until}。确有需要的，可由值班长解除限制。</source>
        <translation>This taxpayer missed {count} bookings recently: booking is suspended until {until}. A supervisor can lift the block if needed.</translation>
    </message>
    <message>
        <source>预约 {code} 当前为「{status}」，不能改约或取消。</source>
        <translation>Booking {code} is “{status}”: it cannot be moved or cancelled.</translation>
    </message>
    <message>
        <source>找不到预约 {code}，请核对预约码。</source>
        <translation>No booking {code}: check the code.</translation>
    </message>
    <message>
        <source>还未到签到时间：预约 {code} 可于 {day} {time} 起签到。</source>
        <translation>Too early: booking {code} can check in from {day} {time}.</translation>
    </message>
    <message>
        <source>已过签到时间：预约 {code} 的签到已于 {day} {time} 截止，请取普通号办理。</source>
        <translation>Too late: check-in for booking {code} closed at {day} {time}; please take a normal ticket.</translation>
    </message>
    <message>
        <source>预约 {code} 已取消，不能签到。</source>
        <translation>Booking {code} was cancelled: it cannot check in.</translation>
    </message>
    <message>
        <source>预约 {code} 已签到取号，不能重复使用。</source>
        <translation>Booking {code} has already been used.</translation>
    </message>
    <message>
        <source>预约 {code} 是在「{point}」的预约，请到该服务点签到。</source>
        <translation>Booking {code} is for “{point}”: please check in there.</translation>
    </message>
    <message>
        <source>请扫描预约凭条上的二维码，或输入 8 位预约码。</source>
        <translation>Scan the QR code on the booking slip or type the 8-character code.</translation>
    </message>
    <message>
        <source>这不是 TaxDesk 预约凭条的二维码。</source>
        <translation>This is not a TaxDesk booking slip code.</translation>
    </message>
    <message>
        <source>这不是预约凭条的二维码（可能是排队票）。</source>
        <translation>This is not a booking slip code (perhaps a queue ticket).</translation>
    </message>
    <message>
        <source>预约凭条二维码的格式版本不受支持。</source>
        <translation>This booking code format version is not supported.</translation>
    </message>
    <message>
        <source>该预约凭条由另一套 TaxDesk 系统签发，不属于本局。</source>
        <translation>Issued by another TaxDesk installation, not by this bureau.</translation>
    </message>
    <message>
        <source>预约凭条二维码签名不符：已被篡改或伪造。</source>
        <translation>The booking slip’s signature does not match: it was altered or forged.</translation>
    </message>
    <message>
        <source>{name}（{staff}）不是值班长：只有值班长可以解除预约限制。</source>
        <translation>{name} ({staff}) is not a supervisor: only a supervisor may lift a booking block.</translation>
    </message>
    <message>
        <source>请填写解除预约限制的原因。</source>
        <translation>Say why the block is lifted.</translation>
    </message>
    <message>
        <source>{taxpayer} 当前没有预约限制，无需解除。</source>
        <translation>{taxpayer} is not blocked.</translation>
    </message>
    <message>
        <source>每个时段的预约名额须在 0 到 99 之间。</source>
        <translation>Places per slot must be 0 to 99.</translation>
    </message>
    <message>
        <source>「{time}」不是有效时刻，请写成 时:分（如 09:30）。</source>
        <translation>“{time}” is not a time: write HH:MM (e.g. 09:30).</translation>
    </message>
    <message>
        <source>营业时间「{period}」格式不对：请写成 08:30-12:00（24 小时制）。</source>
        <translation>Opening period “{period}” is malformed: write it like 08:30-12:00 (24-hour clock).</translation>
    </message>
    <message>
        <source>营业时段「{period}」为空、顺序颠倒或与前一时段重叠。</source>
        <translation>Opening period “{period}” is empty, out of order or overlaps the one before.</translation>
    </message>
    <message>
        <source>每小时到达人数须为 0 到 {maximum} 之间的数字。</source>
        <translation>Arrivals per hour must be a number from 0 to {maximum}.</translation>
    </message>
    <message>
        <source>平均办理时长须大于 0 且不超过 {maximum} 分钟。</source>
        <translation>The average handling time must be more than 0 and at most {maximum} minutes.</translation>
    </message>
    <message>
        <source>目标等候时间须为 0 到 {maximum} 分钟。</source>
        <translation>The target wait must be from 0 to {maximum} minutes.</translation>
    </message>
    <message>
        <source>{name} 在 {day} 排了两个时间重叠的班次：同一时间只能在一处。</source>
        <translation>{name} has two shifts at overlapping times on {day}: one place at a time.</translation>
    </message>
    <message>
        <source>本服务点没有岗位 {duty}。</source>
        <translation>This service point has no duty {duty}.</translation>
    </message>
    <message>
        <source>{duty} 岗位不在窗口上：不能同时指定窗口或业务类别。</source>
        <translation>The {duty} duty is not at a window: it takes no window or queue category.</translation>
    </message>
    <message>
        <source>服务水平目标须在 0 与 1 之间（如 0.8）。</source>
        <translation>The service-level target must be between 0 and 1 (e.g. 0.8).</translation>
    </message>
    <message>
        <source>最大占用率须大于 0 且不超过 1。</source>
        <translation>The maximum occupancy must be above 0 and at most 1.</translation>
    </message>
    <message>
        <source>损耗率须为 0 或以上且小于 1（如 0.3）。</source>
        <translation>Shrinkage must be 0 or more and below 1 (e.g. 0.3).</translation>
    </message>
    <message>
        <source>所需窗口数超过上限，请核对到达人数与办理时长。</source>
        <translation>More windows than the limit would be needed: check the arrivals and the handling time.</translation>
    </message>
    <message>
        <source>「{week}」不是 ISO 周：请写成 年-W周（如 2026-W03）。</source>
        <translation>“{week}” is not an ISO week: write YYYY-Www (e.g. 2026-W03).</translation>
    </message>
    <message>
        <source>服务点 {point} 没有设置营业时间，无法预测。</source>
        <translation>Service point {point} has no opening hours, so there is nothing to forecast.</translation>
    </message>
    <message>
        <source>预测 {point} 的 {week} 需要此前至少 {needed} 个工作日的取号记录，目前只有 {available} 个。</source>
        <translation>Forecasting {week} at {point} needs at least {needed} working days of ticket history before it; there are {available}.</translation>
    </message>
    <message>
        <source>已取消预测，未作任何更改。</source>
        <translation>The forecast was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>统计办理时长的天数至少为 1 天。</source>
        <translation>Handling times need at least 1 day of history.</translation>
    </message>
    <message>
        <source>列名应为 {expected}。</source>
        <translation>The columns must be {expected}.</translation>
    </message>
    <message>
        <source>导入已取消，没有写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>「{value}」不是日期：请写成 年-月-日（如 2027-01-01）。</source>
        <translation>“{value}” is not a date: write YYYY-MM-DD (e.g. 2027-01-01).</translation>
    </message>
    <message>
        <source>类型「{value}」不对：应为 holiday（放假）或 workday（调休上班）。</source>
        <translation>Kind “{value}” is wrong: use holiday or workday.</translation>
    </message>
    <message>
        <source>日期 {day} 在第 {first_row} 行已经出现过。</source>
        <translation>Date {day} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>年份须在 {minimum} 到 {maximum} 之间，{value} 不符合。</source>
        <translation>The year must be between {minimum} and {maximum}; {value} is not.</translation>
    </message>
    <message>
        <source>「{value}」不是有效的年份和月份。</source>
        <translation>“{value}” is not a valid year and month.</translation>
    </message>
    <message>
        <source>{day} 不在 {year} 年 {month} 月。</source>
        <translation>{day} is not in {month}/{year}.</translation>
    </message>
    <message>
        <source>申报期限 {day} 早于当月 15 日。</source>
        <translation>Filing deadline {day} is before the 15th of the month.</translation>
    </message>
    <message>
        <source>{day} 不是工作日，不能作为申报截止日。</source>
        <translation>{day} is not a working day, so it cannot be a filing deadline.</translation>
    </message>
    <message>
        <source>{year} 年 {month} 月在第 {first_row} 行已经出现过。</source>
        <translation>{month}/{year} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>这一行有 {count} 列，应为 6 列（point,service,issued_at,called_at,finished_at,window）。</source>
        <translation>This row has {count} columns; it must have 6 (point,service,issued_at,called_at,finished_at,window).</translation>
    </message>
    <message>
        <source>缺少取号时间（issued_at）。</source>
        <translation>The issue time (issued_at) is missing.</translation>
    </message>
    <message>
        <source>「{value}」不是有效时间：请写成 年-月-日 时:分:秒（如 2025-03-03 09:15:00）。</source>
        <translation>“{value}” is not a time: write YYYY-MM-DD HH:MM:SS (e.g. 2025-03-03 09:15:00).</translation>
    </message>
    <message>
        <source>窗口号「{value}」不是数字。</source>
        <translation>Window “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{value} 与取号不在同一天（{day}）：一张票的各个时间须在同一天内。</source>
        <translation>{value} is not on the day the ticket was issued ({day}): a ticket’s times are all on one day.</translation>
    </message>
    <message>
        <source>叫号时间 {called} 早于取号时间 {issued}。</source>
        <translation>Call time {called} is before issue time {issued}.</translation>
    </message>
    <message>
        <source>有办结时间，却没有叫号时间（called_at）。</source>
        <translation>There is a finish time but no call time (called_at).</translation>
    </message>
    <message>
        <source>办结时间 {finished} 早于叫号时间 {called}。</source>
        <translation>Finish time {finished} is before call time {called}.</translation>
    </message>
    <message>
        <source>时间 {value} 晚于现在。</source>
        <translation>Time {value} is in the future.</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的潮汐窗口建议。</source>
        <translation>There is no tidal-window suggestion number {id}.</translation>
    </message>
    <message>
        <source>{name}（{staff}）不是值班长：只有值班长可以采纳或忽略潮汐窗口建议。</source>
        <translation>{name} ({staff}) is not a supervisor: only a supervisor can accept or dismiss tidal-window suggestions.</translation>
    </message>
    <message>
        <source>这条建议（编号 {id}）已经采纳过了。</source>
        <translation>This suggestion (number {id}) was accepted already.</translation>
    </message>
    <message>
        <source>这条建议（编号 {id}）已经忽略过了。</source>
        <translation>This suggestion (number {id}) was dismissed already.</translation>
    </message>
    <message>
        <source>这条建议（编号 {id}）已过期：排队情况已经变化。</source>
        <translation>This suggestion (number {id}) has expired: the queues have changed.</translation>
    </message>
    <message>
        <source>无法读取排班算例文件 {path}：{reason}</source>
        <translation>Cannot read the scheduling instance {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} 缺少 {section} 段：这不是排班基准算例文件。</source>
        <translation>{path} has no {section} section: it is not a shift scheduling benchmark file.</translation>
    </message>
    <message>
        <source>{path} 第 {line} 行有误：{reason}</source>
        <translation>{path}, line {line}: {reason}</translation>
    </message>
    <message>
        <source>求解时限须为 0.1 到 {maximum} 秒。</source>
        <translation>The time limit must be from 0.1 to {maximum} seconds.</translation>
    </message>
    <message>
        <source>排班数据有误：{reason}</source>
        <translation>The roster data is wrong: {reason}</translation>
    </message>
    <message>
        <source>{person} 第 {day} 天被锁定了两种安排（{first} 与 {second}），只能保留一种。</source>
        <translation>{person} is locked to two things on day {day} ({first} and {second}); only one can stay.</translation>
    </message>
    <message>
        <source>{person} 第 {day} 天休假（或休息），却被锁定为 {shift} 班。</source>
        <translation>{person} is off (leave or rest day) on day {day} but locked to the {shift} shift.</translation>
    </message>
    <message>
        <source>{person} 被锁定在第 {day} 天上 {shift} 班，但不具备该班次所需的技能（{skills}）。</source>
        <translation>{person} is locked to the {shift} shift on day {day} without the skills it needs ({skills}).</translation>
    </message>
    <message>
        <source>{person} 被锁定上 {shift} 班 {count} 次，最多只能上 {limit} 次。</source>
        <translation>{person} is locked to the {shift} shift {count} times; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>{person} 第 {day} 天被锁定为 {first} 班、次日为 {second} 班，但 {first} 班之后不能接 {second} 班。</source>
        <translation>{person} is locked to {first} on day {day} and {second} the next day, but {second} may not follow {first}.</translation>
    </message>
    <message>
        <source>{person} 已锁定的班次合计 {minutes} 分钟，超过上限 {limit} 分钟。</source>
        <translation>{person}&apos;s locked shifts add up to {minutes} minutes, more than the limit of {limit}.</translation>
    </message>
    <message>
        <source>{person} 至少须工作 {minutes} 分钟，但只有 {days} 天不休息，最多只能排 {most} 分钟。</source>
        <translation>{person} must work at least {minutes} minutes, but with only {days} days not off at most {most} can be rostered.</translation>
    </message>
    <message>
        <source>{other} 和 {person} 第 {day} 天被同时锁定在 {window} 号窗口：一个窗口同一时间只能坐一个人。</source>
        <translation>{other} and {person} are both locked to window {window} on day {day}: a window seats one person at a time.</translation>
    </message>
    <message>
        <source>窗口不够坐：按每人的最少工时和锁定的安排，需要的窗口位置多于现有窗口（一个窗口同一时间只能坐一个人）。</source>
        <translation>Not enough windows: everyone&apos;s minimum hours and the locked assignments need more window places than there are windows (a window seats one person at a time).</translation>
    </message>
    <message>
        <source>没有能满足全部硬性规则的排班，且无法归因于某一个人的规则。</source>
        <translation>No roster keeps every hard rule, and no single person&apos;s rules explain why.</translation>
    </message>
    <message>
        <source>{person} 的以下规则无法同时满足：</source>
        <translation>These rules of {person} cannot all hold:</translation>
    </message>
    <message>
        <source>{person}：至少工作 {minutes} 分钟</source>
        <translation>{person}: at least {minutes} minutes of work</translation>
    </message>
    <message>
        <source>{person}：最多工作 {minutes} 分钟</source>
        <translation>{person}: at most {minutes} minutes of work</translation>
    </message>
    <message>
        <source>{person}：最多连续工作 {count} 天</source>
        <translation>{person}: at most {count} days in a row</translation>
    </message>
    <message>
        <source>{person}：至少连续工作 {count} 天</source>
        <translation>{person}: at least {count} days in a row</translation>
    </message>
    <message>
        <source>{person}：至少连续休息 {count} 天</source>
        <translation>{person}: at least {count} days off in a row</translation>
    </message>
    <message>
        <source>{person}：最多工作 {count} 个周末</source>
        <translation>{person}: at most {count} weekends</translation>
    </message>
    <message>
        <source>{person}：{shift} 班最多 {count} 次</source>
        <translation>{person}: the {shift} shift at most {count} times</translation>
    </message>
    <message>
        <source>{person}：两个班次之间至少休息 {minutes} 分钟</source>
        <translation>{person}: at least {minutes} minutes of rest between shifts</translation>
    </message>
    <message>
        <source>{person}：有些班次的次日不能接某些班次</source>
        <translation>{person}: some shifts may not follow others the next day</translation>
    </message>
    <message>
        <source>{person}：第 {day} 天休息</source>
        <translation>{person}: off on day {day}</translation>
    </message>
    <message>
        <source>{person}：第 {day} 天锁定为休息</source>
        <translation>{person}: locked off on day {day}</translation>
    </message>
    <message>
        <source>{person}：第 {day} 天锁定为 {shift} 班</source>
        <translation>{person}: locked to the {shift} shift on day {day}</translation>
    </message>
    <message>
        <source>{name}（{staff}）不是值班长：只有值班长可以发布排班，或修改已发布的排班。</source>
        <translation>{name} ({staff}) is not a supervisor: only a supervisor can publish a roster or change a published one.</translation>
    </message>
    <message>
        <source>{day} 不在这一周内。</source>
        <translation>{day} is not in this week.</translation>
    </message>
    <message>
        <source>没有班次 {shift}。</source>
        <translation>There is no shift {shift}.</translation>
    </message>
    <message>
        <source>{window} 号窗口不办理{category}。</source>
        <translation>Window {window} does not serve {category}.</translation>
    </message>
    <message>
        <source>{point} 的 {week} 还没有排班，无法发布。</source>
        <translation>{point} has no roster for {week} to publish.</translation>
    </message>
    <message>
        <source>{week} 的第 {version} 版已经发布。</source>
        <translation>Version {version} of {week} is published already.</translation>
    </message>
    <message>
        <source>{week} 的第 {version} 版已发布，是只读的；要修改，须先另起第 {next} 版草稿。</source>
        <translation>Version {version} of {week} is published and read-only; to change it, start a draft of version {next} first.</translation>
    </message>
    <message>
        <source>求解期间 {week} 的排班已在另一处修改，结果未保存；请重新求解。</source>
        <translation>The roster of {week} was changed elsewhere during the solve; the result was not saved. Please solve again.</translation>
    </message>
    <message>
        <source>这次求解没有找到排班，没有可采用的结果。</source>
        <translation>This solve found no roster: there is nothing to accept.</translation>
    </message>
    <message>
        <source>{week} 还没有发布的版本。</source>
        <translation>No version of {week} has been published yet.</translation>
    </message>
    <message>
        <source>{week} 没有草稿：各版本都已发布。</source>
        <translation>{week} has no draft: every version is published.</translation>
    </message>
    <message>
        <source>{week} 没有第 {version} 版（共 {last} 版）。</source>
        <translation>{week} has no version {version} (there are {last}).</translation>
    </message>
    <message>
        <source>版本须为 published（已发布）、draft（草稿）或版本号，不能是“{which}”。</source>
        <translation>A version is published, draft or a version number, not “{which}”.</translation>
    </message>
    <message>
        <source>意愿的权重须在 {least} 到 {most} 之间，不能是 {weight}。</source>
        <translation>A wish&apos;s weight must be from {least} to {most}, not {weight}.</translation>
    </message>
    <message>
        <source>这条意愿（编号 {id}）已经不存在：可能已被撤销。</source>
        <translation>This wish (no. {id}) no longer exists: it may have been taken back already.</translation>
    </message>
    <message>
        <source>{name} 在 {day} 没有休假。</source>
        <translation>{name} has no leave on {day}.</translation>
    </message>
    <message>
        <source>休假的结束日期（{last}）早于开始日期（{first}）。</source>
        <translation>The leave ends ({last}) before it starts ({first}).</translation>
    </message>
    <message>
        <source>{point} 没有设置班次模板，无法排班。</source>
        <translation>{point} has no shift templates to roster.</translation>
    </message>
    <message>
        <source>没有可排到 {point} 窗口的工作人员。</source>
        <translation>Nobody can be rostered onto {point}&apos;s windows.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>工号 {staff} 已离职或账号已停用，请重新登录。</source>
        <translation>{staff} has left or their account is disabled: sign in again.</translation>
    </message>
    <message>
        <source>工号 {staff} 须先修改密码。</source>
        <translation>{staff} must change the password first.</translation>
    </message>
    <message>
        <source>工号 {staff} 的角色无权进行此操作。</source>
        <translation>The roles of {staff} do not allow this.</translation>
    </message>
    <message>
        <source>工号或密码错误。</source>
        <translation>Wrong staff code or password.</translation>
    </message>
    <message>
        <source>连续登录失败，账号已锁定 15 分钟：请稍后再试，或请管理员解锁。</source>
        <translation>Too many failed sign-ins: the account is locked for 15 minutes. Try again later or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>密码须为文字。</source>
        <translation>The password must be text.</translation>
    </message>
    <message>
        <source>密码不能含控制字符。</source>
        <translation>The password must not contain control characters.</translation>
    </message>
    <message>
        <source>密码至少 {minimum} 位。</source>
        <translation>The password must be at least {minimum} characters.</translation>
    </message>
    <message>
        <source>密码最多 {maximum} 位。</source>
        <translation>The password must be at most {maximum} characters.</translation>
    </message>
    <message>
        <source>密码须同时包含字母和数字。</source>
        <translation>The password must contain both letters and digits.</translation>
    </message>
    <message>
        <source>新密码不能与旧密码相同。</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>工号 {staff} 没有登录账号。</source>
        <translation>{staff} has no account.</translation>
    </message>
    <message>
        <source>工号 {staff} 已有登录账号。</source>
        <translation>{staff} already has an account.</translation>
    </message>
    <message>
        <source>工号 {staff} 已离职。</source>
        <translation>{staff} has left.</translation>
    </message>
    <message>
        <source>本系统已有管理员：请由管理员开设账号。</source>
        <translation>This installation has an administrator already: an administrator gives accounts.</translation>
    </message>
    <message>
        <source>工号须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。</source>
        <translation>A staff code is 2 to 16 capital letters or digits (A–Z, 0–9); “{value}” is not.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>角色「{role}」不存在：可选 管理员、值班长、前台、窗口、代办员。</source>
        <translation>There is no role “{role}”: choose administrator, supervisor, front desk, window or agent.</translation>
    </message>
    <message>
        <source>每个人至少要有一个角色。</source>
        <translation>Everybody needs at least one role.</translation>
    </message>
    <message>
        <source>所属单位「{value}」须为 大厅、分局 或 乡镇。</source>
        <translation>The home unit “{value}” must be hall, branch or township.</translation>
    </message>
    <message>
        <source>工作日「{value}」须为 1（周一）到 7（周日）的数字，例如 12345。</source>
        <translation>Working days “{value}” must be digits 1 (Monday) to 7 (Sunday), e.g. 12345.</translation>
    </message>
    <message>
        <source>每周工时须为 {minimum} 到 {maximum} 小时，「{value}」不符合。</source>
        <translation>Hours per week must be {minimum} to {maximum}; “{value}” is not.</translation>
    </message>
    <message>
        <source>每周最少工时（{value}）多于最多工时。</source>
        <translation>The minimum hours per week ({value}) are more than the maximum.</translation>
    </message>
    <message>
        <source>代办员的所属单位须为乡镇。</source>
        <translation>A township agent&apos;s home unit is township.</translation>
    </message>
    <message>
        <source>乡镇人员须填写所属服务点。</source>
        <translation>A township person needs the point they belong to.</translation>
    </message>
    <message>
        <source>乡镇人员须属于丰收微税厅或银税e站，不能是 {value}。</source>
        <translation>A township person belongs to a township point or a bank station, not {value}.</translation>
    </message>
    <message>
        <source>大厅和分局人员只能属于办税服务厅，不能是 {value}。</source>
        <translation>Hall and branch staff belong to the hall, not {value}.</translation>
    </message>
    <message>
        <source>照片太大（{value}）：最多 2 MB。</source>
        <translation>The photo is too large ({value}): at most 2 MB.</translation>
    </message>
    <message>
        <source>照片须为 JPEG 或 PNG 图片。</source>
        <translation>The photo must be a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>没有工号为 {staff} 的人员。</source>
        <translation>Nobody has the staff code {staff}.</translation>
    </message>
    <message>
        <source>工号 {value} 已经有人使用。</source>
        <translation>The staff code {value} is already taken.</translation>
    </message>
    <message>
        <source>{value} 正在 {window} 号窗口办公：请先关闭窗口。</source>
        <translation>{value} is signed in at window {window}: close the window first.</translation>
    </message>
    <message>
        <source>未知字段「{field}」。</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <source>窗口至少要办理一个队列类别。</source>
        <translation>A window serves at least one queue category.</translation>
    </message>
    <message>
        <source>请填写窗口名称。</source>
        <translation>Enter the window&apos;s name.</translation>
    </message>
    <message>
        <source>已经有 {value} 号窗口。</source>
        <translation>There is already a window {value}.</translation>
    </message>
    <message>
        <source>{window} 号窗口有人在岗：请先关闭，再停用。</source>
        <translation>Somebody is signed in at window {window}: close it before deactivating it.</translation>
    </message>
    <message>
        <source>时间「{value}」须为 HH:MM 格式。</source>
        <translation>The time “{value}” must be HH:MM.</translation>
    </message>
    <message>
        <source>班次代码须为 1 到 8 位大写字母或数字，「{value}」不符合。</source>
        <translation>A shift code is 1 to 8 capital letters or digits; “{value}” is not.</translation>
    </message>
    <message>
        <source>班次的结束时间（{value}）早于开始时间。</source>
        <translation>The shift ends ({value}) before it starts.</translation>
    </message>
    <message>
        <source>请填写班次名称。</source>
        <translation>Enter the shift&apos;s name.</translation>
    </message>
    <message>
        <source>没有代码为 {shift} 的班次模板。</source>
        <translation>There is no shift template {shift}.</translation>
    </message>
    <message>
        <source>{name}（{staff}）不具备 {window} 号窗口任何队列（{categories}）的业务资格：请选择具备资格的人员。</source>
        <translation>{name} ({staff}) is not qualified for any queue of window {window} ({categories}): choose somebody who is.</translation>
    </message>
    <message>
        <source>另一台电脑同时修改了这些数据：没有保存，请重试。</source>
        <translation>Another desk changed this at the same moment: nothing was saved; try again.</translation>
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
    <message>
        <source>数据库不可用：{reason}</source>
        <translation>Database unavailable: {reason}</translation>
    </message>
    <message>
        <source>无法读写文件：{reason}</source>
        <translation>Cannot read or write the file: {reason}</translation>
    </message>
    <message>
        <source>内部错误（{kind}：{reason}），请报告给系统管理员。</source>
        <translation>Internal error ({kind}: {reason}). Please report it to your system administrator.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：</source>
        <translation>Row {row}, column “{column}”: </translation>
    </message>
    <message>
        <source>第 {row} 行：</source>
        <translation>Row {row}: </translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <source>双击一行编辑；停用的服务点显示为灰色。</source>
        <translation>Double-click a row to edit; deactivated points are grey.</translation>
    </message>
    <message>
        <source>停办：所有服务点都不再办理，业务仍留在目录中。</source>
        <translation>Withdraw: no point offers it any more; it stays in the catalogue.</translation>
    </message>
    <message>
        <source>导入导出文件的第一行为列名，须照原样写英文列名：{columns}</source>
        <translation>Import and export files name their columns in the first row, in English exactly as here: {columns}</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>已保存 {code} {name}</source>
        <translation>Saved {code} {name}</translation>
    </message>
    <message>
        <source>停用服务点</source>
        <translation>Deactivate point</translation>
    </message>
    <message>
        <source>停用 {name}？停用后它不再出现在各处列表中，也不能取号；已有的记录保留，可随时重新启用。</source>
        <translation>Deactivate {name}? It leaves every list and stops issuing tickets; its records stay and it can be reactivated.</translation>
    </message>
    <message>
        <source>已启用 {name}</source>
        <translation>{name} reactivated</translation>
    </message>
    <message>
        <source>已停用 {name}</source>
        <translation>{name} deactivated</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>停办业务</source>
        <translation>Withdraw service</translation>
    </message>
    <message>
        <source>所有服务点都不再办理「{name}」？业务仍留在目录中，可再编辑办理网点。</source>
        <translation>Offer “{name}” at no point any more? It stays in the catalogue and can be offered again.</translation>
    </message>
    <message>
        <source>已停办 {name}</source>
        <translation>{name} withdrawn</translation>
    </message>
    <message>
        <source>服务目录</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>导入失败，未做任何更改</source>
        <translation>Import failed, nothing changed</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>services</translation>
    </message>
    <message>
        <source>已从 {file} 导入{what}：新增 {created} 个，更新 {updated} 个，{unchanged} 个未变。</source>
        <translation>Imported {what} from {file}: {created} created, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import done</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>营业时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>合作银行</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>平均办理</source>
        <translation>Avg. time</translation>
    </message>
    <message>
        <source>须到大厅办结</source>
        <translation>Hall only</translation>
    </message>
    <message>
        <source>所需资料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>办理网点</source>
        <translation>Offered at</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>{count} 处：{codes}</source>
        <translation>{count}: {codes}</translation>
    </message>
    <message>
        <source>（停办）</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{count} 项</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>服务网络</source>
        <translation>Service network</translation>
    </message>
    <message>
        <source>办税服务厅、丰收微税厅和银税e站，以及各点办理的业务。修改即时生效，其他电脑约一秒内看到。</source>
        <translation>The tax service hall, the township service points and the bank tax station, and what each offers. Changes apply at once; other PCs see them within a second.</translation>
    </message>
    <message>
        <source>新增服务点…</source>
        <translation>New point…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>停用后该服务点不再出现在列表中，也不能取号；可随时重新启用</source>
        <translation>A deactivated point leaves the lists and issues no tickets; it can be reactivated</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 CSV 或 XLSX 文件导入服务点：按代码新增或更新，有一行出错则全部不导入</source>
        <translation>Import points from CSV or XLSX: created or updated by code; one bad row and nothing is imported</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把全部服务点导出为 CSV 或 XLSX 文件</source>
        <translation>Export every point as CSV or XLSX</translation>
    </message>
    <message>
        <source>新增业务…</source>
        <translation>New service…</translation>
    </message>
    <message>
        <source>停办</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>所有服务点都不再办理该业务；业务保留在目录中，可再次设置办理网点</source>
        <translation>No point offers the service any more; it stays in the catalogue</translation>
    </message>
    <message>
        <source>从 CSV 或 XLSX 文件导入服务目录：按代码新增或更新，有一行出错则全部不导入</source>
        <translation>Import the catalogue from CSV or XLSX: created or updated by code; one bad row and nothing is imported</translation>
    </message>
    <message>
        <source>把服务目录（含办理网点）导出为 CSV 或 XLSX 文件</source>
        <translation>Export the catalogue (with where each service is offered) as CSV or XLSX</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>值班长核实情况后，可填写原因解除限制（以 {person} 的名义），解除记录将留存备查。</source>
        <translation>After checking, a hall supervisor can lift the restriction with a reason (as {person}); the lifting is kept on record.</translation>
    </message>
    <message>
        <source>解除限制</source>
        <translation>Lift the block</translation>
    </message>
    <message>
        <source>解除预约限制</source>
        <translation>Lift booking block</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如：未到原因已核实（住院、恶劣天气等）</source>
        <translation>e.g. reason for missing verified (hospital, bad weather …)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>重置密码：{name}（{code}）</source>
        <translation>Reset password: {name} ({code})</translation>
    </message>
    <message>
        <source>给 {name} 一个临时密码（至少 8 位，须有字母和数字）。下次登录时须改为自己的密码；账号的锁定同时解除。</source>
        <translation>Give {name} a temporary password (at least 8 characters, letters and digits). They must change it at their next sign-in; a lock on the account is lifted too.</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>分局</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>{first}至{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>默认工时</source>
        <translation>Default hours</translation>
    </message>
    <message>
        <source>每周至多 {high:g} 小时</source>
        <translation>At most {high:g} h/week</translation>
    </message>
    <message>
        <source>每周至少 {low:g} 小时</source>
        <translation>At least {low:g} h/week</translation>
    </message>
    <message>
        <source>每周 {low:g}–{high:g} 小时</source>
        <translation>{low:g}–{high:g} h/week</translation>
    </message>
    <message>
        <source>半天</source>
        <translation>half days</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>whole days</translation>
    </message>
    <message>
        <source>分局轮值</source>
        <translation>rotating</translation>
    </message>
    <message>
        <source>无账号</source>
        <translation>No account</translation>
    </message>
    <message>
        <source>有账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>须改密码</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>所属单位</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>可办类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>离职</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>潮汐/固定</source>
        <translation>Tidal/fixed</translation>
    </message>
    <message>
        <source>潮汐</source>
        <translation>Tidal</translation>
    </message>
    <message>
        <source>固定</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>限定窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>次日不可接</source>
        <translation>Not followed by</translation>
    </message>
    <message>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{number} 号</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>任意</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>导入导出文件的第一行为列名，须照原样写英文列名：{columns}</source>
        <translation>Import and export files name their columns in the first row, in English exactly as here: {columns}</translation>
    </message>
    <message>
        <source>全县的工作人员，以及本服务点（{point}）的窗口和班次模板。人员不会删除：离职后不能再登录，以往的记录都保留。</source>
        <translation>The county&apos;s staff, and this point&apos;s ({point}) windows and shift templates. Nobody is deleted: a person who leaves can no longer sign in, and every past record is kept.</translation>
    </message>
    <message>
        <source>全部服务点</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>本服务点</source>
        <translation>This point</translation>
    </message>
    <message>
        <source>显示已离职</source>
        <translation>Show people who left</translation>
    </message>
    <message>
        <source>从 CSV 或 XLSX 文件导入：按代码新增或更新，有一行出错则全部不导入</source>
        <translation>Import from a CSV or XLSX file: rows are added or updated by their key; one bad row and nothing is imported</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>新增人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>离职后不能再登录；以往的记录都保留</source>
        <translation>A person who left can no longer sign in; every past record is kept</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>新增窗口…</source>
        <translation>Add window…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>有记录的窗口不会删除，只能停用；可随时重新启用</source>
        <translation>Windows are never deleted, only deactivated; they can be reactivated at any time</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>新增班次…</source>
        <translation>Add shift…</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>{number} 号窗口</source>
        <translation>window {number}</translation>
    </message>
    <message>
        <source>已保存 {code} {name}</source>
        <translation>Saved {code} {name}</translation>
    </message>
    <message>
        <source>{name}（{code}）离职？离职后不能再登录、排班或在窗口签到；以往的票号、排班和操作记录都会保留。</source>
        <translation>Does {name} ({code}) leave? They can then no longer sign in, be rostered or sign in at a window; their past tickets, rosters and actions are all kept.</translation>
    </message>
    <message>
        <source>{name}（{code}）已离职</source>
        <translation>{name} ({code}) has left</translation>
    </message>
    <message>
        <source>已为 {name}（{code}）设置临时密码，下次登录时须修改。</source>
        <translation>{name} ({code}) has a temporary password, to be changed at the next sign-in.</translation>
    </message>
    <message>
        <source>已解锁 {name}（{code}）的账号</source>
        <translation>Unlocked the account of {name} ({code})</translation>
    </message>
    <message>
        <source>停用窗口</source>
        <translation>Deactivate window</translation>
    </message>
    <message>
        <source>停用 {number} 号窗口？窗口不会删除：它的叫号、排班记录都保留，可随时重新启用。</source>
        <translation>Deactivate window {number}? It is not deleted: its calls and rosters are kept, and it can be reactivated at any time.</translation>
    </message>
    <message>
        <source>已启用 {number} 号窗口</source>
        <translation>Window {number} reactivated</translation>
    </message>
    <message>
        <source>已停用 {number} 号窗口</source>
        <translation>Window {number} deactivated</translation>
    </message>
    <message>
        <source>导入失败，未做任何更改</source>
        <translation>Import failed, nothing changed</translation>
    </message>
    <message>
        <source>已从 {file} 导入{what}：新增 {created} 个，更新 {updated} 个，{unchanged} 个未变。</source>
        <translation>Imported {what} from {file}: {created} created, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import done</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>人员记录</source>
        <translation>staff records</translation>
    </message>
    <message>
        <source>窗口设置</source>
        <translation>windows</translation>
    </message>
    <message>
        <source>班次设置</source>
        <translation>shift templates</translation>
    </message>
    <message>
        <source>班次模板</source>
        <translation>Shift templates</translation>
    </message>
</context>
<context>
    <name>PointDialog</name>
    <message>
        <source>办税服务厅</source>
        <translation>Tax service hall</translation>
    </message>
    <message>
        <source>丰收微税厅</source>
        <translation>Township service point</translation>
    </message>
    <message>
        <source>银税e站</source>
        <translation>Bank tax station</translation>
    </message>
    <message>
        <source>新增服务点</source>
        <translation>New service point</translation>
    </message>
    <message>
        <source>编辑服务点 {code}</source>
        <translation>Edit service point {code}</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>2–16 位大写字母或数字，如 T12</source>
        <translation>2–16 capital letters or digits, e.g. T12</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 青山镇丰收微税厅</source>
        <translation>e.g. 青山镇丰收微税厅</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>营业时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>08:30-12:00,13:30-17:00</source>
        <translation>08:30-12:00,13:30-17:00</translation>
    </message>
    <message>
        <source>合作银行</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>如 云溪农商银行青山支行</source>
        <translation>e.g. 云溪农商银行青山支行</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>启用（取消勾选即停用：不再出现在列表中，也不能取号）</source>
        <translation>Active (untick to deactivate: it leaves the lists and issues no tickets)</translation>
    </message>
</context>
<context>
    <name>PointPicker</name>
    <message>
        <source>选择服务点</source>
        <translation>Choose service point</translation>
    </message>
    <message>
        <source>这台电脑在哪个服务点使用？</source>
        <translation>Which service point is this PC used at?</translation>
    </message>
    <message>
        <source>{name}  （{kind} · {code}）</source>
        <translation>{name}  ({kind} · {code})</translation>
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
        <source>打印失败</source>
        <translation>Printing failed</translation>
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
    <message>
        <source>打印机无法开始打印：{name}</source>
        <translation>The printer could not start printing: {name}</translation>
    </message>
    <message>
        <source>打印失败：{name}</source>
        <translation>Printing failed: {name}</translation>
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
    <name>RecordDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>预约 {code}（{service}，{taxpayer}）现为 {day} {start}–{end}。请选择新的日期和时段：</source>
        <translation>Booking {code} ({service}, {taxpayer}) is on {day} {start}–{end}. Choose the new day and slot:</translation>
    </message>
    <message>
        <source>改约到所选时段</source>
        <translation>Move to the chosen slot</translation>
    </message>
    <message>
        <source>该日没有可预约的时段。</source>
        <translation>No bookable slots that day.</translation>
    </message>
    <message>
        <source>{time} 现约</source>
        <translation>{time} current</translation>
    </message>
    <message>
        <source>当前预约的时段</source>
        <translation>The booking’s current slot</translation>
    </message>
    <message>
        <source>改约</source>
        <translation>Reschedule</translation>
    </message>
</context>
<context>
    <name>RosterChart</name>
    <message>
        <source>没有需要排班的时段</source>
        <translation>No half-hours to staff</translation>
    </message>
    <message>
        <source> 缺{count}</source>
        <translation> short {count}</translation>
    </message>
    <message>
        <source>排班窗口</source>
        <translation>Rostered windows</translation>
    </message>
    <message>
        <source>需要窗口</source>
        <translation>Windows needed</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>多排</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>缺口合计 {count}（窗口 × 半小时）</source>
        <translation>Shortfall {count} (windows × half-hours)</translation>
    </message>
    <message>
        <source>每个半小时都已排够</source>
        <translation>Every half-hour is covered</translation>
    </message>
    <message>
        <source>{day} {time}：需要 {required}，排班 {planned}</source>
        <translation>{day} {time}: {required} needed, {planned} rostered</translation>
    </message>
    <message>
        <source>，缺 {count}</source>
        <translation>, {count} short</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>锁定（重新求解时保留）</source>
        <translation>Lock (kept when solving again)</translation>
    </message>
    <message>
        <source>删除（当天不排班）</source>
        <translation>Remove (off that day)</translation>
    </message>
    <message>
        <source>标记休假…</source>
        <translation>Mark Leave…</translation>
    </message>
    <message>
        <source>取消休假</source>
        <translation>Take Back Leave</translation>
    </message>
    <message>
        <source>登记排班意愿…</source>
        <translation>Record Shift Wish…</translation>
    </message>
    <message>
        <source>撤销意愿：{wish}（权重 {weight}）</source>
        <translation>Take Back Wish: {wish} (weight {weight})</translation>
    </message>
    <message>
        <source>修改已发布的排班</source>
        <translation>Change a Published Roster</translation>
    </message>
    <message>
        <source>第 {version} 版已发布，是只读的。
修改将另起第 {next} 版草稿（只有值班长可以），第 {version} 版保持不变，直到新版本发布。
继续修改吗？</source>
        <translation>Version {version} is published and read-only.
A change starts a draft of version {next} (supervisors only); version {version} stays as it is until the new one is published.
Go on?</translation>
    </message>
    <message>
        <source>发布 {point} {week} 的第 {version} 版排班？
发布后只读；再修改将另起新版本。</source>
        <translation>Publish version {version} of {point}&apos;s roster for {week}?
It is read-only afterwards; a later change starts a new version.</translation>
    </message>
    <message>
        <source>注意：当前排班违反 {count} 条硬性规则。</source>
        <translation>Note: this roster breaks {count} hard rules.</translation>
    </message>
    <message>
        <source>发布排班</source>
        <translation>Publish Roster</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>保存排班表</source>
        <translation>Save Roster</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>全周</source>
        <translation>Whole week</translation>
    </message>
    <message>
        <source>本周尚未排班：点“求解”排出本周</source>
        <translation>Not rostered yet: click “Solve” to roster the week</translation>
    </message>
    <message>
        <source>{count} 处违反硬性规则：请调整，或重新求解</source>
        <translation>{count} hard-rule breaks: adjust, or solve again</translation>
    </message>
    <message>
        <source>没有违反硬性规则；{count} 个合同工作半天未排班</source>
        <translation>No hard rule broken; {count} contracted half-day(s) not rostered</translation>
    </message>
    <message>
        <source>没有违反硬性规则</source>
        <translation>No hard rule broken</translation>
    </message>
    <message>
        <source>软性规则罚分（目标值）：{objective}</source>
        <translation>Soft-rule penalty (objective): {objective}</translation>
    </message>
    <message>
        <source>求解</source>
        <translation>Solve</translation>
    </message>
    <message>
        <source>移动 {name} {day} 的班次</source>
        <translation>Move {name}&apos;s shift on {day}</translation>
    </message>
    <message>
        <source>锁定 {day}</source>
        <translation>Lock {day}</translation>
    </message>
    <message>
        <source>解锁 {day}</source>
        <translation>Unlock {day}</translation>
    </message>
    <message>
        <source>删除 {day} 的班次</source>
        <translation>Remove the shift on {day}</translation>
    </message>
    <message>
        <source>{name} 休假</source>
        <translation>{name} on leave</translation>
    </message>
</context>
<context>
    <name>RosterGrid</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>（休）</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>休假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>{window}号窗口 {prefix}</source>
        <translation>Window {window} {prefix}</translation>
    </message>
    <message>
        <source> · 已锁定：重新求解时保留</source>
        <translation> · locked: kept when solving again</translation>
    </message>
    <message>
        <source>分局轮值人员 · 潮汐窗口（{count} 人）</source>
        <translation>Branch staff on the tidal rotation ({count})</translation>
    </message>
    <message>
        <source>本厅人员（{count} 人）</source>
        <translation>Hall staff ({count})</translation>
    </message>
    <message>
        <source>班次：{shifts}</source>
        <translation>Shifts: {shifts}</translation>
    </message>
    <message>
        <source>{days} 天</source>
        <translation>{days} d</translation>
    </message>
</context>
<context>
    <name>RosterModels</name>
    <message>
        <source>本周尚未排班</source>
        <translation>No roster for this week yet</translation>
    </message>
    <message>
        <source>第 {version} 版 · 已发布（{time}，{name}）· 只读</source>
        <translation>Version {version} · published ({time}, {name}) · read-only</translation>
    </message>
    <message>
        <source>第 {version} 版 · 草稿（{time} 保存）</source>
        <translation>Version {version} · draft (saved {time})</translation>
    </message>
    <message>
        <source>第 {version} 版 · 草稿（{time} {name} 保存）</source>
        <translation>Version {version} · draft (saved {time} by {name})</translation>
    </message>
    <message>
        <source>与最优相差不超过 {gap}</source>
        <translation>within {gap} of the best</translation>
    </message>
    <message>
        <source>正在求解：已找到一个排班，正在改进（{seconds:.1f} 秒）</source>
        <translation>Solving: a roster found, improving it ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>正在求解：已找到最优排班，正在确认（{seconds:.1f} 秒）</source>
        <translation>Solving: the best roster found, confirming it ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>正在求解：{gap}（{seconds:.1f} 秒）</source>
        <translation>Solving: {gap} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>罚分（目标值）{objective}，下界 {bound}</source>
        <translation>Penalty (objective) {objective}, bound {bound}</translation>
    </message>
    <message>
        <source>，差距 {gap:.1%}</source>
        <translation>, gap {gap:.1%}</translation>
    </message>
    <message>
        <source>已取消，保留找到的最好排班</source>
        <translation>Cancelled: the best roster found is kept</translation>
    </message>
    <message>
        <source>已取消，排班未改变</source>
        <translation>Cancelled: the roster is unchanged</translation>
    </message>
    <message>
        <source>无可行排班：原因见下方</source>
        <translation>No roster keeps every rule: see why below</translation>
    </message>
    <message>
        <source>时限内未找到排班，排班未改变</source>
        <translation>No roster found in time: the roster is unchanged</translation>
    </message>
    <message>
        <source>当天休假，却排了{shift}</source>
        <translation>on leave that day but rostered for {shift}</translation>
    </message>
    <message>
        <source>当天不上班，却排了{shift}</source>
        <translation>not working that day but rostered for {shift}</translation>
    </message>
    <message>
        <source>{shift}是本厅人员的班次，分局轮值人员只上潮汐班次</source>
        <translation>{shift} is a hall staff shift; branch staff work only tidal shifts</translation>
    </message>
    <message>
        <source>{shift}是潮汐班次，只排分局轮值人员</source>
        <translation>{shift} is a tidal shift, for branch staff only</translation>
    </message>
    <message>
        <source>不会办理{categories}，不能上{shift}</source>
        <translation>does not handle {categories}, so cannot work {shift}</translation>
    </message>
    <message>
        <source>{shift}排了 {count} 次，最多 {limit} 次</source>
        <translation>{shift} {count} times, at most {limit}</translation>
    </message>
    <message>
        <source>本周只排了 {hours} 小时，至少 {limit} 小时</source>
        <translation>only {hours} hours this week, at least {limit}</translation>
    </message>
    <message>
        <source>本周排了 {hours} 小时，最多 {limit} 小时</source>
        <translation>{hours} hours this week, at most {limit}</translation>
    </message>
    <message>
        <source>连续上班 {count} 天，最多 {limit} 天</source>
        <translation>{count} days in a row, at most {limit}</translation>
    </message>
    <message>
        <source>只连续上班 {count} 天，至少 {limit} 天</source>
        <translation>only {count} days in a row, at least {limit}</translation>
    </message>
    <message>
        <source>只连续休息 {count} 天，至少 {limit} 天</source>
        <translation>only {count} days off in a row, at least {limit}</translation>
    </message>
    <message>
        <source>上了 {count} 个周末的班，最多 {limit} 个</source>
        <translation>{count} weekends worked, at most {limit}</translation>
    </message>
    <message>
        <source>{first}的次日不能接{second}</source>
        <translation>{second} may not follow {first} the next day</translation>
    </message>
    <message>
        <source>两班之间只休息 {hours} 小时，至少 {limit} 小时</source>
        <translation>only {hours} hours&apos; rest between shifts, at least {limit}</translation>
    </message>
    <message>
        <source>锁定的安排被改动了</source>
        <translation>a locked assignment was changed</translation>
    </message>
    <message>
        <source>按合同每天只上半天，却排了{shift}</source>
        <translation>Contracted for half days only, but rostered {shift}</translation>
    </message>
    <message>
        <source>{shift}与{other}同时占用{window}号窗口：一个窗口同一时间只能坐一个人</source>
        <translation>{shift} uses window {window} at the same time as {other}: a window seats one person at a time</translation>
    </message>
    <message>
        <source>想上班（当天任一班次）</source>
        <translation>wants to work (any shift that day)</translation>
    </message>
    <message>
        <source>想休息（当天不上班）</source>
        <translation>wants the day off</translation>
    </message>
    <message>
        <source>想上 {shift}</source>
        <translation>wants to work {shift}</translation>
    </message>
    <message>
        <source>不想上 {shift}</source>
        <translation>does not want to work {shift}</translation>
    </message>
    <message>
        <source>已满足</source>
        <translation>met</translation>
    </message>
    <message>
        <source>未满足</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>意愿：{wish} · 权重 {weight} · {met}</source>
        <translation>Wish: {wish} · weight {weight} · {met}</translation>
    </message>
    <message>
        <source>{name}（{duty}）</source>
        <translation>{name} ({duty})</translation>
    </message>
    <message>
        <source>{name}（{window}号窗口 {prefix}）</source>
        <translation>{name} (window {window} {prefix})</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>，用时 {seconds:.1f} 秒</source>
        <translation>, {seconds:.1f} s</translation>
    </message>
    <message>
        <source>已找到最优排班</source>
        <translation>Best roster found</translation>
    </message>
    <message>
        <source>已到求解时限：{gap}</source>
        <translation>Time limit reached: {gap}</translation>
    </message>
    <message>
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原安排</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新安排</source>
        <translation>After</translation>
    </message>
    <message>
        <source>上午未排班（合同工作日）</source>
        <translation>Morning not rostered (a contracted working day)</translation>
    </message>
    <message>
        <source>下午未排班（合同工作日）</source>
        <translation>Afternoon not rostered (a contracted working day)</translation>
    </message>
    <message>
        <source>未排班（合同每天半天）</source>
        <translation>Not rostered (contracted for a half-day each day)</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>已记录 {name} 的休假</source>
        <translation>Leave recorded for {name}</translation>
    </message>
    <message>
        <source>已取消 {name} 的休假</source>
        <translation>Leave taken back for {name}</translation>
    </message>
    <message>
        <source>已登记 {name} 的排班意愿</source>
        <translation>Shift wish recorded for {name}</translation>
    </message>
    <message>
        <source>已撤销 {name} 的排班意愿</source>
        <translation>Shift wish taken back for {name}</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>{week}（{dates}）</source>
        <translation>{week} ({dates})</translation>
    </message>
    <message>
        <source>重新求解</source>
        <translation>Solve Again</translation>
    </message>
    <message>
        <source>求解</source>
        <translation>Solve</translation>
    </message>
    <message>
        <source>按人员规则和潮汐窗口需求求出本周排班；锁定的安排保持不变</source>
        <translation>Solve the week&apos;s roster from the people&apos;s rules and the windows needed; locked assignments stay</translation>
    </message>
    <message>
        <source>求解、修改和发布排班须由值班长或系统管理员登录后进行</source>
        <translation>Solving, editing and publishing a roster need a hall supervisor or administrator signed in</translation>
    </message>
    <message>
        <source>已发布（第 {version} 版）</source>
        <translation>Published (version {version})</translation>
    </message>
    <message>
        <source>草稿（第 {version} 版）</source>
        <translation>Draft (version {version})</translation>
    </message>
    <message>
        <source>本周排班已在另一处修改，已重新读取</source>
        <translation>This week&apos;s roster was changed at another desk and has been read again</translation>
    </message>
    <message>
        <source>正在求解…</source>
        <translation>Solving…</translation>
    </message>
    <message>
        <source>已取消，排班未改变</source>
        <translation>Cancelled: the roster is unchanged</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>本周没有满足所有硬性规则的排班，原因如下：</source>
        <translation>No roster for this week keeps every hard rule, because:</translation>
    </message>
    <message>
        <source>与当前排班相同，无需改动</source>
        <translation>same as the current roster, nothing to change</translation>
    </message>
    <message>
        <source>{status}：有 {count} 处改变，请确认</source>
        <translation>{status}: {count} changes, please confirm</translation>
    </message>
    <message>
        <source>已放弃求解结果，排班未改变</source>
        <translation>Solve result discarded; the roster is unchanged</translation>
    </message>
    <message>
        <source>改动 {count} 处</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>{status}，{extra}</source>
        <translation>{status}, {extra}</translation>
    </message>
    <message>
        <source>已发布 {week} 第 {version} 版</source>
        <translation>Published version {version} of {week}</translation>
    </message>
    <message>
        <source>打印排班表 — {point} {week}</source>
        <translation>Print Roster — {point} {week}</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing Failed</translation>
    </message>
    <message>
        <source>{point}排班表 {week}</source>
        <translation>{point} roster {week}</translation>
    </message>
    <message>
        <source>已保存排班表：{path}</source>
        <translation>Roster saved: {path}</translation>
    </message>
    <message>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>选择这一周中的任一天</source>
        <translation>Pick any day of the week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>停止求解：保留已找到的最好排班（还没有找到时排班不变）</source>
        <translation>Stop solving: keep the best roster found (nothing changes if none was found yet)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>撤销上一步修改（Ctrl+Z）</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做（Ctrl+Y）</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>发布本周排班：发布后只读，再修改将另起新版本</source>
        <translation>Publish this week&apos;s roster: read-only afterwards; a change starts a new version</translation>
    </message>
    <message>
        <source>发布…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>打印、预览和导出哪个版本：默认为已发布的版本</source>
        <translation>Which version to print, preview and export: the published one by default</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>把班次拖到另一格可调整（目标格有班次时互换）；右键单元格：锁定、解锁、删除、标记休假、登记排班意愿。格子右上角 ♥：排班意愿已满足，♡：未满足（鼠标悬停可看详情）</source>
        <translation>Drag a shift to another cell to move it (swapped if that cell has one); right-click a cell to lock, unlock, remove, mark leave or record a shift wish. ♥ in a cell&apos;s top right corner: shift wishes met; ♡: not met (hover for details)</translation>
    </message>
    <message>
        <source>窗口覆盖（每半小时：需要与排班的窗口数）</source>
        <translation>Window cover (per half-hour: windows needed and rostered)</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>违反的硬性规则</source>
        <translation>Hard rules broken</translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <source>{year}年第{number}周（{week}）&#x3000;{first} — {last}</source>
        <translation>Week {number} of {year} ({week})   {first} – {last}</translation>
    </message>
    <message>
        <source>第 {version} 版</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>草稿（未发布）</source>
        <translation>Draft (not published)</translation>
    </message>
    <message>
        <source>发布于 {time}</source>
        <translation>Published {time}</translation>
    </message>
    <message>
        <source>本厅人员（{count} 人）</source>
        <translation>Hall staff ({count})</translation>
    </message>
    <message>
        <source>分局轮值人员 · 潮汐窗口（{count} 人）</source>
        <translation>Branch staff on the tidal rotation ({count})</translation>
    </message>
    <message>
        <source>（续）</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>姓名&#x3000;工号</source>
        <translation>Name  Code</translation>
    </message>
    <message>
        <source>{point}&#x3000;窗口排班表</source>
        <translation>{point}   Window Roster</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>休假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>缺 {count}</source>
        <translation>short {count}</translation>
    </message>
    <message>
        <source>{weekday} {day}日</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>窗口覆盖：每半小时排班的窗口数</source>
        <translation>Window cover: windows staffed each half-hour</translation>
    </message>
    <message>
        <source>缺 n：比需求少 n 个窗口</source>
        <translation>short n: n windows fewer than needed</translation>
    </message>
    <message>
        <source>星期＼时段</source>
        <translation>Day \ time</translation>
    </message>
    <message>
        <source>方框内为窗口号&#x3000;休：轮休&#x3000;休假：请假、年休假等</source>
        <translation>Boxed: window number   Off: rest day   Leave: leave, annual leave etc.</translation>
    </message>
    <message>
        <source>班次时间：{shifts}</source>
        <translation>Shift times: {shifts}</translation>
    </message>
    <message>
        <source>值班长：{name}</source>
        <translation>Supervisor: {name}</translation>
    </message>
    <message>
        <source>值班长签字：</source>
        <translation>Supervisor&apos;s signature:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>草稿：未发布，不作为排班依据</source>
        <translation>Draft: not published, not to be worked from</translation>
    </message>
    <message>
        <source>TaxDesk 排班</source>
        <translation>TaxDesk roster</translation>
    </message>
    <message>
        <source>第 {number} 页 / 共 {total} 页</source>
        <translation>Page {number} of {total}</translation>
    </message>
    <message>
        <source>打印机无法开始打印：{name}</source>
        <translation>The printer could not start printing: {name}</translation>
    </message>
    <message>
        <source>打印失败：{name}</source>
        <translation>Printing failed: {name}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>新增业务</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>编辑业务 {code}</source>
        <translation>Edit service {code}</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>2–16 位大写字母或数字，如 DKFP</source>
        <translation>2–16 capital letters or digits, e.g. DKFP</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 代开增值税发票</source>
        <translation>e.g. 代开增值税发票</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>VAT invoice issued on behalf</source>
        <translation>VAT invoice issued on behalf</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>平均办理时长</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>所需资料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>每行一项，如：
经办人身份证件
营业执照</source>
        <translation>One per line, e.g.:
经办人身份证件
营业执照</translation>
    </message>
    <message>
        <source>须到办税服务厅办结（其他服务点仍可受理咨询、预审资料）</source>
        <translation>Must be completed at the hall (other points can still advise and pre-check documents)</translation>
    </message>
    <message>
        <source>办理网点</source>
        <translation>Offered at</translation>
    </message>
    <message>
        <source>全部服务点</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>办税服务厅和全部丰收微税厅</source>
        <translation>The hall and every township point</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>ServicePointPage</name>
    <message>
        <source>办公时间 {hours}</source>
        <translation>Hours {hours}</translation>
    </message>
    <message>
        <source>电话 {contact}</source>
        <translation>Phone {contact}</translation>
    </message>
    <message>
        <source>合作银行 {bank}</source>
        <translation>Partner bank {bank}</translation>
    </message>
    <message>
        <source>找到 {found} 项（共 {total} 项）</source>
        <translation>{found} found (of {total})</translation>
    </message>
    <message>
        <source>共 {total} 项业务</source>
        <translation>{total} services</translation>
    </message>
    <message>
        <source>没有找到相符的业务</source>
        <translation>No matching service</translation>
    </message>
    <message>
        <source>平均办理约 {minutes} 分钟</source>
        <translation>About {minutes} min at the window on average</translation>
    </message>
    <message>
        <source>须到办税服务厅办结：本点可受理咨询、预审资料，办结须到办税服务厅。</source>
        <translation>Completed at the hall only: this point advises and pre-checks documents.</translation>
    </message>
    <message>
        <source>无需资料</source>
        <translation>No documents needed</translation>
    </message>
    <message>
        <source>打印服务清单 — {point}</source>
        <translation>Print service list — {point}</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>{point}服务清单.pdf</source>
        <translation>{point} services.pdf</translation>
    </message>
    <message>
        <source>保存服务清单</source>
        <translation>Save service list</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>已保存服务清单（{count} 项业务，{pages} 页 A4）：{path}</source>
        <translation>Saved the service list ({count} services, {pages} A4 page(s)): {path}</translation>
    </message>
    <message>
        <source>无法生成服务清单</source>
        <translation>Cannot make the service list</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>打印服务清单…</source>
        <translation>Print service list…</translation>
    </message>
    <message>
        <source>预览并打印本服务点的 A4 服务事项清单</source>
        <translation>Preview and print the point’s A4 service list</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>本点办理的业务</source>
        <translation>Services offered here</translation>
    </message>
    <message>
        <source>搜索：业务名称、拼音或首字母（如 dkfp、shebao）</source>
        <translation>Search: service name, pinyin or initials (e.g. dkfp, shebao)</translation>
    </message>
    <message>
        <source>■ 标为此色的业务：须到办税服务厅办结（本点可受理、预审）</source>
        <translation>■ Services in this colour must be finished at the tax service hall (taken in and pre-checked here)</translation>
    </message>
    <message>
        <source>业务详情</source>
        <translation>Service details</translation>
    </message>
    <message>
        <source>所需资料</source>
        <translation>Documents</translation>
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
    <name>ShiftDialog</name>
    <message>
        <source>新增班次</source>
        <translation>New shift template</translation>
    </message>
    <message>
        <source>编辑班次 {code}</source>
        <translation>Edit shift template {code}</translation>
    </message>
    <message>
        <source>1–8 位大写字母或数字</source>
        <translation>1–8 capital letters or digits</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>（跨午夜的班次结束时间可到 48:00）</source>
        <translation>(a shift past midnight may end as late as 48:00)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>休息（分钟）</source>
        <translation>Break (minutes)</translation>
    </message>
    <message>
        <source>任意窗口</source>
        <translation>Any window</translation>
    </message>
    <message>
        <source>{number} 号 {name}</source>
        <translation>No. {number} {name}</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>次日不可接</source>
        <translation>Not followed by</translation>
    </message>
    <message>
        <source>潮汐班次</source>
        <translation>Tidal shift</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 TaxDesk</source>
        <translation>Sign in to TaxDesk</translation>
    </message>
    <message>
        <source>请用工号和密码登录。</source>
        <translation>Sign in with your staff code and password.</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>工号</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>请输入工号。</source>
        <translation>Enter your staff code.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>须先修改密码才能开始工作。</source>
        <translation>Change the password first to start work.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>新增人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>编辑人员 {code}</source>
        <translation>Edit person {code}</translation>
    </message>
    <message>
        <source>2–16 位大写字母或数字，保存后不能更改</source>
        <translation>2–16 capital letters or digits; cannot change once saved</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>所属单位</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>可办类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>default</translation>
    </message>
    <message>
        <source>至少</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>至多</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>小时（空白：排班规则的默认值）</source>
        <translation>hours (blank: the roster rules&apos; default)</translation>
    </message>
    <message>
        <source>每周工时</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>只上半天班（只排不超过五小时的班次）</source>
        <translation>Half days (shifts of at most five hours)</translation>
    </message>
    <message>
        <source>分局轮值（排到潮汐窗口）</source>
        <translation>Rotating (onto the tidal windows)</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>JPEG 或 PNG，最大 2 MB</source>
        <translation>JPEG or PNG, at most 2 MB</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>StaffingChart</name>
    <message>
        <source>每半小时到达人数</source>
        <translation>Arrivals per half-hour</translation>
    </message>
    <message>
        <source>窗口数</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>所需窗口</source>
        <translation>Windows needed</translation>
    </message>
    <message>
        <source>繁忙日所需</source>
        <translation>Needed on a busy day</translation>
    </message>
    <message>
        <source>全通办窗口</source>
        <translation>All-service windows</translation>
    </message>
    <message>
        <source>80% 区间</source>
        <translation>80% band</translation>
    </message>
    <message>
        <source>预计到达</source>
        <translation>Forecast arrivals</translation>
    </message>
    <message>
        <source>本点窗口 {count} 个</source>
        <translation>The point&apos;s {count} windows</translation>
    </message>
    <message>
        <source>窗口不足</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>{day} {start}–{end}
预计到达 {arrivals:.1f} 人（80% 区间 {lo:.0f}–{hi:.0f}）
所需窗口 {windows}，繁忙日所需 {reserve}，全通办 {pooled}</source>
        <translation>{day} {start}–{end}
{arrivals:.1f} arrivals forecast (80% band {lo:.0f}–{hi:.0f})
{windows} windows needed, {reserve} on a busy day, {pooled} if all-service</translation>
    </message>
    <message>
        <source>
本点只有 {available} 个窗口：缺 {short} 个</source>
        <translation>
the point has only {available} windows: {short} short</translation>
    </message>
</context>
<context>
    <name>StaffingModels</name>
    <message>
        <source>{holiday} 休息</source>
        <translation>{holiday}, closed</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>休息日（节假日）</source>
        <translation>Rest day (holiday)</translation>
    </message>
    <message>
        <source>征期截止日</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>征期</source>
        <translation>Filing period</translation>
    </message>
    <message>
        <source>{week}（{dates}）</source>
        <translation>{week} ({dates})</translation>
    </message>
    <message>
        <source>周末休息</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>征期截止</source>
        <translation>Filing deadline</translation>
    </message>
    <message>
        <source>{years} 年的法定节假日安排尚未导入：本周按周六、周日休息计算，节假日和调休可能不准。请在“税务日历”中导入国务院办公厅的放假通知。</source>
        <translation>The public holidays of {years} have not been imported: this week counts Saturday and Sunday as rest days, so holidays and make-up workdays may be wrong. Import the State Council&apos;s holiday notice in the Tax Calendar.</translation>
    </message>
    <message>
        <source>本周没有工作日</source>
        <translation>No working days this week</translation>
    </message>
    <message>
        <source>高峰：{day} {start}–{end}，按服务目标需 {windows} 个窗口，本点只有 {available} 个（预计到达 {arrivals:.0f} 人）</source>
        <translation>Peak: {day} {start}–{end}, the targets need {windows} windows, the point has only {available} ({arrivals:.0f} arrivals forecast)</translation>
    </message>
    <message>
        <source>高峰：{day} {start}–{end}，需 {windows} 个窗口（预计到达 {arrivals:.0f} 人）</source>
        <translation>Peak: {day} {start}–{end}, {windows} windows needed ({arrivals:.0f} arrivals forecast)</translation>
    </message>
    <message>
        <source>窗口不足：本周 {count} 个半小时需同时开放的窗口超过本点的 {available} 个，最多缺 {most} 个（{day} {start}–{end}）。可以把预约号源调到较空的时段（已发布的排班设定各时段的预约名额）、延长办理时间，或请乡镇服务点多承接业务。</source>
        <translation>Not enough windows: in {count} half-hours this week more windows are needed open at once than the point&apos;s {available}, at most {most} short ({day} {start}–{end}). Options: move booking places to quieter times (the published roster sets each slot&apos;s booking places), extend opening hours, or have township points take on more of the work.</translation>
    </message>
    <message>
        <source>依据的历史：{first} 至 {last}，共 {days} 个工作日</source>
        <translation>History used: {first} to {last}, {days} working days</translation>
    </message>
    <message>
        <source>未回测：勾选“回测”可用最近几周的实际取号检验预测精度（计算较慢）。</source>
        <translation>Not backtested: tick “Backtest” to check the forecast against the last weeks&apos; real tickets (slower).</translation>
    </message>
    <message>
        <source>回测：此前的历史太短，无法回测。</source>
        <translation>Backtest: the history before this week is too short to backtest.</translation>
    </message>
    <message>
        <source>过去 {weeks} 周平均误差 {error}</source>
        <translation>Average error over the last {weeks} weeks: {error}</translation>
    </message>
    <message>
        <source>，比照搬上周准 {share}</source>
        <translation>, {share} more accurate than repeating last week</translation>
    </message>
    <message>
        <source>，不比照搬上周准</source>
        <translation>, no more accurate than repeating last week</translation>
    </message>
    <message>
        <source>，比照搬上周差 {share}</source>
        <translation>, {share} less accurate than repeating last week</translation>
    </message>
    <message>
        <source>回测（最近 {weeks} 周，{first} 至 {last}）：WAPE {wape}，季节朴素（照搬上周同一时段）{naive}，历史平均 {average}，80% 区间覆盖 {coverage}。
平均误差即 WAPE：各半小时预测与实际到达人数之差的总和占实际总人数的比例。</source>
        <translation>Backtest (last {weeks} weeks, {first} to {last}): WAPE {wape}, seasonal naive (last week&apos;s same half-hour repeated) {naive}, historical average {average}, 80% band coverage {coverage}.
The average error is the WAPE: the sum of the differences between forecast and actual arrivals over all half-hours, as a share of all actual arrivals.</translation>
    </message>
    <message>
        <source>{category} 类近 {weeks} 周比以前少约 {share}%，预测已按近期水平调整</source>
        <translation>Queue {category}: about {share}% fewer over the last {weeks} weeks than before; the forecast follows the recent level</translation>
    </message>
    <message>
        <source>{category} 类近 {weeks} 周比以前多约 {share}%，预测已按近期水平调整</source>
        <translation>Queue {category}: about {share}% more over the last {weeks} weeks than before; the forecast follows the recent level</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{category}：自 {since} 起（共 {weeks} 周），到达人数约为以前的 {factor:.2f} 倍</source>
        <translation>{category}: since {since} ({weeks} weeks), arrivals about {factor:.2f} times what they were</translation>
    </message>
    <message>
        <source>预测从变化后的水平出发，节假日、征期等规律照旧按历史计算。</source>
        <translation>The forecast starts from the changed level; holidays, filing periods and the like are still learnt from the whole history.</translation>
    </message>
    <message>
        <source>服务水平 {sl}%（{wait} 分钟内），最高占用率 {occupancy}%，损耗率 {shrinkage}%</source>
        <translation>service level {sl}% (within {wait} min), occupancy at most {occupancy}%, shrinkage {shrinkage}%</translation>
    </message>
    <message>
        <source>按试算目标计算（未保存）：{targets}</source>
        <translation>Computed for targets being tried out (not saved): {targets}</translation>
    </message>
    <message>
        <source>导入原排队系统的取号记录后即可计算：点击右侧的“导入历史记录…”。</source>
        <translation>Import the ticket records of the previous queue system to compute it: click “Import History…” on the right.</translation>
    </message>
    <message>
        <source>请先在“服务点”页为它设置营业时间。</source>
        <translation>Set its opening hours on the Service List page first.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>预计到达</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>80% 区间</source>
        <translation>80% band</translation>
    </message>
    <message>
        <source>所需窗口</source>
        <translation>Windows needed</translation>
    </message>
    <message>
        <source>繁忙日所需</source>
        <translation>Busy day</translation>
    </message>
    <message>
        <source>全通办窗口</source>
        <translation>All-service</translation>
    </message>
    <message>
        <source>各类别分设窗口时，达到服务目标所需的窗口数（已计损耗率）</source>
        <translation>Windows needed to meet the targets with separate windows per category (after shrinkage)</translation>
    </message>
    <message>
        <source>到达人数达到 80% 区间上限时所需的窗口数：繁忙日要多开的窗口由潮汐窗口补足</source>
        <translation>Windows needed if arrivals reach the top of the 80% band: tidal windows cover the extra on a busy day</translation>
    </message>
    <message>
        <source>假如每个窗口都能办理所有类别：所需窗口数的下限，与“所需窗口”之差即潮汐窗口可节省的人手</source>
        <translation>If every window served every category: the lower bound of windows needed; the difference to “Windows needed” is the staff tidal windows can save</translation>
    </message>
    <message>
        <source>人 · 窗口</source>
        <translation>people · windows</translation>
    </message>
    <message>
        <source>：预计到达人数 · 本类别所需窗口数</source>
        <translation>: forecast arrivals · windows this category needs</translation>
    </message>
    <message>
        <source>{category}：预计 {arrivals:.1f} 人（80% 区间 {lo}–{hi}，每小时 {rate:.1f} 人），平均办理 {aht:.1f} 分钟；需 {windows} 个窗口（同时开放 {raw} 个），服务水平 {sl:.0f}%，平均等候 {asa:.1f} 分钟，占用率 {occupancy:.0f}%</source>
        <translation>{category}: {arrivals:.1f} arrivals forecast (80% band {lo}–{hi}, {rate:.1f} an hour), {aht:.1f} min handling; {windows} windows needed ({raw} open at once), service level {sl:.0f}%, average wait {asa:.1f} min, occupancy {occupancy:.0f}%</translation>
    </message>
    <message>
        <source>全天预计到达</source>
        <translation>Arrivals (day)</translation>
    </message>
    <message>
        <source>高峰时段</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>高峰所需窗口</source>
        <translation>Windows at peak</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>目录值</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>{count} 张</source>
        <translation>{count} tickets</translation>
    </message>
    <message>
        <source>近 90 天只有 {count} 张办结的票，样本太少：采用业务目录中的平均办理时长</source>
        <translation>Only {count} finished tickets in the last 90 days, too few: the catalogue&apos;s average handling time is used</translation>
    </message>
    <message>
        <source>近 90 天 {count} 张办结的票：“平均”为去掉最短和最长各 {share}% 后的平均值</source>
        <translation>{count} finished tickets in the last 90 days: “Mean” leaves out the shortest and longest {share}% each</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>设为默认服务目标</source>
        <translation>Make These the Default Targets</translation>
    </message>
    <message>
        <source>把服务目标设为全局默认？
{targets}
所有服务点的潮汐窗口测算和值班长的潮汐窗口建议都将按此计算。</source>
        <translation>Make these the default service targets?
{targets}
Every point&apos;s staffing plan and the supervisor&apos;s tidal-window advice will use them.</translation>
    </message>
    <message>
        <source>已设为默认服务目标：{targets}</source>
        <translation>Default service targets saved: {targets}</translation>
    </message>
    <message>
        <source>未能保存服务目标</source>
        <translation>Targets Not Saved</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已取消：仍显示 {time} 算好的结果。</source>
        <translation>Cancelled: still showing the result computed at {time}.</translation>
    </message>
    <message>
        <source>已于 {time} 算好</source>
        <translation>Computed at {time}</translation>
    </message>
    <message>
        <source>潮汐窗口</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>服务点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>◀ 上一周</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>选择这一周中的任一天</source>
        <translation>Pick any day of the week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>下一周 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>导入历史记录…</source>
        <translation>Import History…</translation>
    </message>
    <message>
        <source>税务日历…</source>
        <translation>Tax Calendar…</translation>
    </message>
    <message>
        <source>服务目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>在目标等候时间内得到办理的人所占的比例</source>
        <translation>Share of taxpayers served within the target wait</translation>
    </message>
    <message>
        <source>目标等候</source>
        <translation>Target wait</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>最高占用率</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>一个窗口最多有多少时间在办理业务</source>
        <translation>The most time a window may spend serving</translation>
    </message>
    <message>
        <source>损耗率</source>
        <translation>Shrinkage</translation>
    </message>
    <message>
        <source>休息、培训等不在窗口的时间所占比例：排班人数据此上调</source>
        <translation>Share of time away from the window (breaks, training): the staff to schedule is raised by it</translation>
    </message>
    <message>
        <source>把本页的服务目标保存为全局默认：所有服务点的潮汐窗口测算和值班长的潮汐窗口建议都将按此计算</source>
        <translation>Save these targets as the default: every point&apos;s staffing plan and the supervisor&apos;s tidal-window advice will use them</translation>
    </message>
    <message>
        <source>设为默认…</source>
        <translation>Set Default…</translation>
    </message>
    <message>
        <source>恢复为默认服务目标（本页改动的目标只用于试算，点“设为默认…”才会保存）</source>
        <translation>Back to the default targets (targets changed here are only tried out; “Make Default…” saves them)</translation>
    </message>
    <message>
        <source>这里改动的目标只用于本页的试算：默认服务目标不变，值班长页的潮汐窗口建议仍按默认目标计算；点“设为默认…”可保存为默认。</source>
        <translation>Targets changed here are only tried out on this page: the default targets stay as they are and the supervisor&apos;s tidal-window advice keeps using them; “Make Default…” saves them.</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>用最近几周的实际取号检验预测精度（计算较慢）</source>
        <translation>Check the forecast against the last weeks&apos; real tickets (slower)</translation>
    </message>
    <message>
        <source>回测</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>打开税务日历…</source>
        <translation>Open Tax Calendar…</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>办理时长（每人，分钟）</source>
        <translation>Handling time (per taxpayer, min)</translation>
    </message>
    <message>
        <source>按近 90 天办结的取号计算（叫号至办结）；样本太少时采用业务目录中的平均办理时长。</source>
        <translation>From the tickets finished in the last 90 days (call to finish); with too few, the catalogue&apos;s average handling time.</translation>
    </message>
    <message>
        <source>每半小时明细</source>
        <translation>Per Half-hour</translation>
    </message>
    <message>
        <source>按日汇总</source>
        <translation>Per Day</translation>
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
升级前会自动备份 SQLite 文件；升级成功并通过检查后，仍含完整身份证号的备份将被删除。现在升级吗？</source>
        <translation>The database {url} has schema version {current}; this program needs {head}.
A SQLite file is backed up before the upgrade; once the upgrade has succeeded and passed its checks, backups that still hold full ID numbers are deleted. Upgrade now?</translation>
    </message>
    <message>
        <source>数据库已升级。以下备份仍含纳税人完整身份证号，本版本不再保存这些号码，已将其删除：
{paths}</source>
        <translation>The database has been upgraded. These backups still held taxpayers&apos; full ID numbers, which this version no longer keeps, and have been deleted:
{paths}</translation>
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
    <name>SuggestionCard</name>
    <message>
        <source>采纳</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>{made} 提出，{updated} 更新 · 编号 {id}</source>
        <translation>made {made}, updated {updated} · no. {id}</translation>
    </message>
    <message>
        <source>{made} 提出 · 编号 {id}</source>
        <translation>made {made} · no. {id}</translation>
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
    <message>
        <source>潮汐窗口建议</source>
        <translation>Tidal-window suggestions</translation>
    </message>
    <message>
        <source>待定建议</source>
        <translation>Pending suggestions</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可选，随决定一起记录</source>
        <translation>Optional, kept with the decision</translation>
    </message>
    <message>
        <source>目前没有建议：各队列的等候都在目标之内。</source>
        <translation>No suggestions: every queue&apos;s wait is within the target.</translation>
    </message>
    <message>
        <source>今日决定</source>
        <translation>Today&apos;s decisions</translation>
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
        <source>已签到</source>
        <translation>checked in</translation>
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
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
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
    <message>
        <source>办理 {time}</source>
        <translation>Serving {time}</translation>
    </message>
    <message>
        <source>已叫 {time}</source>
        <translation>Called {time}</translation>
    </message>
    <message>
        <source>暂停 {time}</source>
        <translation>Paused {time}</translation>
    </message>
    <message>
        <source>空闲 {time}</source>
        <translation>Free {time}</translation>
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
        <source>（重呼 {count} 次）</source>
        <translation> (recalled {count}×)</translation>
    </message>
    <message>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
</context>
<context>
    <name>TaxpayerForm</name>
    <message>
        <source>18位身份证号</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <source>18位统一社会信用代码</source>
        <translation>18-character credit code</translation>
    </message>
    <message>
        <source>✔ 统一社会信用代码有效</source>
        <translation>✔ Valid credit code</translation>
    </message>
    <message>
        <source>✔ 身份证号有效</source>
        <translation>✔ Valid ID number</translation>
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
        <source>该票已于 {finished} 办结，不能再用，请重新取号。</source>
        <translation>It was already served (finished {finished}) and cannot be used again: take a new ticket.</translation>
    </message>
    <message>
        <source>该票已取消，请重新取号。</source>
        <translation>It was cancelled: take a new ticket.</translation>
    </message>
    <message>
        <source>这是 {day} 的票，只在取号当天有效，请重新取号。</source>
        <translation>It is a ticket of {day} and is good only on the day it was issued: take a new ticket.</translation>
    </message>
    <message>
        <source>该票已过号。导税台可以重新激活一次：在“最近取号”中选中它，点“重新激活过号”。</source>
        <translation>It is a no-show. The front desk can re-activate it once: select it under &quot;Today&apos;s tickets&quot; and click &quot;Re-activate no-show&quot;.</translation>
    </message>
    <message>
        <source>该票重新激活后再次过号，不能再激活，请重新取号。</source>
        <translation>It was missed again after being re-activated and cannot be re-activated again: take a new ticket.</translation>
    </message>
    <message>
        <source>{number}  {service}
{point}  {time} 取号  当前状态：{status}</source>
        <translation>{number}  {service}
{point}  issued {time}  status: {status}</translation>
    </message>
    <message>
        <source>✔ 真票，可以使用：</source>
        <translation>✔ Genuine, can be used: </translation>
    </message>
    <message>
        <source>⚠ 真票，但已不能使用：{why}</source>
        <translation>⚠ Genuine but not usable: {why}</translation>
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
        <source>可办 {prefixes}</source>
        <translation>serves {prefixes}</translation>
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
        <source>本窗口为{officer}叫号的类别：{categories}</source>
        <translation>This window calls for {officer}: {categories}</translation>
    </message>
    <message>
        <source>您（{name}）没有{number}号窗口业务类别（{categories}）的资质，不能在此窗口签到。</source>
        <translation>You ({name}) are not qualified for any queue of window {number} ({categories}) and cannot sign in here.</translation>
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
    <name>WindowDialog</name>
    <message>
        <source>新增窗口</source>
        <translation>New window</translation>
    </message>
    <message>
        <source>编辑 {number} 号窗口</source>
        <translation>Edit window {number}</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>办理类别</source>
        <translation>Categories served</translation>
    </message>
    <message>
        <source>潮汐窗口（按需开放，由轮值人员值守）</source>
        <translation>Tidal window (opened when needed, staffed by rotating staff)</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
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
<context>
    <name>WishDialog</name>
    <message>
        <source>任一班次（当天）</source>
        <translation>Any shift (that day)</translation>
    </message>
    <message>
        <source>已登记：{wish}，权重 {weight}。确定后将替换它。</source>
        <translation>Already recorded: {wish}, weight {weight}. OK replaces it.</translation>
    </message>
    <message>
        <source>登记排班意愿</source>
        <translation>Record Shift Wish</translation>
    </message>
    <message>
        <source>意愿</source>
        <translation>Wish</translation>
    </message>
    <message>
        <source>想上班</source>
        <translation>Wants to work</translation>
    </message>
    <message>
        <source>不想上班</source>
        <translation>Does not want to work</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>权重 1–10：越高越先满足；但绝不会为了满足意愿而让窗口缺人。</source>
        <translation>Weight 1–10: higher weights are met first, but never by leaving a window short.</translation>
    </message>
</context>
</TS>
