<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/startup_match/gui/app.py" line="122"/>
        <source>Opening the session database…</source>
        <translation>正在打开会话数据库…</translation>
    </message>
</context>
<context>
    <name>CohortActions</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="55"/>
        <source>Sessions are off: cohorts are not kept</source>
        <translation>工作会话已关闭：不会保存组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="64"/>
        <source>Cohorts</source>
        <translation>初创组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="68"/>
        <source>Choose a saved cohort…</source>
        <translation>选择已保存的组别…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="68"/>
        <source>No saved cohort</source>
        <translation>没有已保存的组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="96"/>
        <source>Ranking “%1”…</source>
        <translation>正在为“%1”排名…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="99"/>
        <source>Open cohort</source>
        <translation>打开组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="105"/>
        <source>Import cohort</source>
        <translation>导入组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="134"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="157"/>
        <source>Nothing was imported</source>
        <translation>没有导入任何资料</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="161"/>
        <source>Cohort name (importing again under the same name updates it):</source>
        <translation>组别名称（以相同名称再次导入会更新该组别）：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="195"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="204"/>
        <source>Shown, not kept: sessions are off</source>
        <translation>只作显示，未有保存：工作会话已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="206"/>
        <source>Imported “%1”: %2 added, %3 updated, %4 unchanged</source>
        <translation>已导入“%1”：新增 %2 间、更新 %3 间、%4 间不变</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="218"/>
        <source>Export cohort matrix</source>
        <translation>导出组别总表</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="232"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="252"/>
        <source>Sheets into a folder</source>
        <translation>摘要存入文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="265"/>
        <source>Writing %1 sheets…</source>
        <translation>正在写入 %1 份摘要…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="268"/>
        <source>Sheets as one PDF</source>
        <translation>摘要合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="292"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>CohortCommands</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="43"/>
        <source>Sho&amp;w Cohorts…</source>
        <translation>显示初创组别(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="44"/>
        <source>Import Co&amp;hort…</source>
        <translation>导入初创组别(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="45"/>
        <source>Save Cohort Templat&amp;e…</source>
        <translation>保存组别模板(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="60"/>
        <source>Save cohort template</source>
        <translation>保存组别模板</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="62"/>
        <source>cohort template</source>
        <translation>组别模板</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="75"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="79"/>
        <source>%1 of %2 companies could apply to %3 now</source>
        <translation>%2 间公司中有 %1 间现在可申请 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="95"/>
        <source>Start-up</source>
        <translation>初创企业</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="106"/>
        <source>%1 more possible, once they settle what is unknown</source>
        <translation>另有 %1 间在确定未知资料后或可申请</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="130"/>
        <source>Double-click to open this consultation in the main window</source>
        <translation>双击即可在主窗口打开此咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="151"/>
        <source>fit %1 of 100</source>
        <translation>配对 %1／100</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="180"/>
        <source>Click a programme's heading to see who should apply.</source>
        <translation>点击计划的栏首，查看哪些初创企业应该申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="195"/>
        <source>All programmes</source>
        <translation>所有计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="215"/>
        <source>%1 of %2 start-ups × %3 of %4 programmes shown</source>
        <translation>显示 %2 间初创企业中的 %1 间 × %4 项计划中的 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="225"/>
        <source>No cohort</source>
        <translation>没有组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="226"/>
        <source>%1 — Cohort — Startup Scheme Matcher</source>
        <translation>%1 — 初创组别 — 初创资助配对</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="244"/>
        <source>Who should apply to %1</source>
        <translation>应申请%1的初创企业</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="279"/>
        <source>Cohort:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="280"/>
        <source>Saved cohorts</source>
        <translation>已保存的组别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="281"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="282"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="283"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="284"/>
        <source>Sheets into a Folder…</source>
        <translation>摘要存入文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="285"/>
        <source>Sheets as One PDF…</source>
        <translation>摘要合并为一个 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="286"/>
        <source>Start-ups and programmes</source>
        <translation>初创企业与计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="287"/>
        <source>Who should apply</source>
        <translation>应该申请的初创企业</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="288"/>
        <source>Any kind of help</source>
        <translation>任何支援类别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="289"/>
        <source>Any sources</source>
        <translation>任何资料来源</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="291"/>
        <source>Kind of help</source>
        <translation>支援类别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="297"/>
        <source>Any status</source>
        <translation>任何状况</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="298"/>
        <source>Could apply now</source>
        <translation>现在可申请</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="299"/>
        <source>Eligible or possible</source>
        <translation>符合或可能符合资格</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="310"/>
        <source>Import a cohort spreadsheet, or choose a saved cohort.</source>
        <translation>请导入组别电子表格，或选择已保存的组别。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="89"/>
        <source>Compare programmes</source>
        <translation>比较计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="90"/>
        <source>&amp;Programmes to compare (2 to 4):</source>
        <translation>要比较的计划（2 至 4 项）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="91"/>
        <source>Programmes to compare</source>
        <translation>要比较的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="92"/>
        <source>Comparison table</source>
        <translation>比较表</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="107"/>
        <source>At most four programmes can be compared at once.</source>
        <translation>每次最多可比较四项计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="117"/>
        <source>Tick at least two programmes to compare them.</source>
        <translation>请勾选最少两项计划以作比较。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="119"/>
        <source>Highlighted rows are where the programmes differ.</source>
        <translation>标示的行为各计划不同之处。</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="29"/>
        <source>Reload their version, keep yours as a new session, or compare?</source>
        <translation>要重新载入对方的版本、把你的版本另存为新会话，还是先比较？</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="49"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="52"/>
        <source>Their version and yours</source>
        <translation>对方的版本与你的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="57"/>
        <source>%1 (my version)</source>
        <translation>%1（我的版本）</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="58"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../desktop/startup_match/gui/details_pane.py" line="27"/>
        <source>Programme details</source>
        <translation>计划详情</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/details_pane.py" line="29"/>
        <source>Select a programme to see why it fits or not.</source>
        <translation>选择一项计划，查看是否符合及原因。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>with official rules</source>
        <translation>设有官方规则</translation>
    </message>
    <message>
        <source>Each programme&apos;s details and every summary sheet list the sources they rest on, with the passage quoted and the date it was checked.</source>
        <translation>每个计划的详情及每份摘要均列出所依据的来源，并引述原文及注明查阅日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="26"/>
        <source>Startup Scheme Matcher</source>
        <translation>初创计划配对工具</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="27"/>
        <source>Which Hong Kong support programmes fit a start-up, why, and what would make the others fit.</source>
        <translation>哪些香港支援计划适合初创企业、原因为何，以及如何才能符合其他计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="32"/>
        <source>programmes</source>
        <translation>项计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="57"/>
        <source>About Startup Scheme Matcher</source>
        <translation>关于初创计划配对工具</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="64"/>
        <source>Describe the start-up in the form on the left. Only the company name is required; anything left as “Not set” counts as unknown.</source>
        <translation>在左方表格描述初创企业。只有公司名称必须填写；标示为“未设定”的项目视作未知。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="68"/>
        <source>The ranking on the right updates as you type. It comes in groups, each under a heading with its count: what you asked for (the help ticked under Help wanted), then what else is open to you, then what is not open now, near misses first. Within a group the higher fit comes first, and on equal fit the larger amount; eligible and possible programmes are ranked together, the status telling them apart. Fit weighs the preferences the start-up meets; it does not decide whether it can apply.</source>
        <translation>右方排名会随输入实时更新，并分组列出，每组标题附有计划数目：先列符合你所需的支援（即“所需支援”中勾选的），再列你亦可申请的，最后列暂不符合的（差一点符合的排先）。同组之内配对分数高者先；分数相同，金额大者先。符合资格与或符合资格的计划一并排列，以资格状况区分。配对分数衡量初创企业符合多少优先条件，并不决定能否申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="72"/>
        <source>Select a programme to see every criterion with its verdict, the source it rests on, what the programme gives and how to apply. Near misses say what would change them.</source>
        <translation>选择一项计划，即可查看每项条件的结果、所依据的资料来源、计划提供的支援及申请方法。差一点符合的计划会说明如何改变结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="76"/>
        <source>Select two to four programmes (Ctrl-click) and press Ctrl+M to compare them side by side; rows where they differ are highlighted.</source>
        <translation>选择二至四项计划（按住 Ctrl 点选），再按 Ctrl+M 并排比较；不同之处会被标示。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="80"/>
        <source>Save the consultation with Ctrl+S. Saved sessions are autosaved as you edit; open them again with Ctrl+O.</source>
        <translation>按 Ctrl+S 保存咨询。已保存的会话会在编辑时自动保存；按 Ctrl+O 重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="84"/>
        <source>Print the summary sheet with Ctrl+P, preview it with Ctrl+Shift+P, or export a PDF with Ctrl+E.</source>
        <translation>按 Ctrl+P 打印摘要，按 Ctrl+Shift+P 打印预览，或按 Ctrl+E 导出 PDF。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="90"/>
        <source>How to use the matcher</source>
        <translation>如何使用配对工具</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="96"/>
        <location filename="../../desktop/startup_match/gui/help.py" line="99"/>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="63"/>
        <source>Add link</source>
        <translation>加入联系</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="64"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="65"/>
        <source>No founder has a university link</source>
        <translation>没有创办人与大学有联系</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="67"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="68"/>
        <source>Role at the university</source>
        <translation>在大学的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="70"/>
        <source>Add university link</source>
        <translation>加入大学联系</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="71"/>
        <source>Remove selected university link</source>
        <translation>移除所选的大学联系</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="79"/>
        <source>Session database</source>
        <translation>会话数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="180"/>
        <source>Translations for %1 are unavailable; texts stay in English where missing.</source>
        <translation>未能加载%1翻译；欠缺的文字将以英文显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="139"/>
        <source>Unsaved session</source>
        <translation>未保存的会话</translation>
    </message>
    <message>
        <source>Applied; now open: %1</source>
        <translation>已套用；现已开放：%1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="40"/>
        <source>Match the columns</source>
        <translation>配对栏位</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="44"/>
        <source>These column headers are not profile fields the app knows. Choose what each column holds; the choice is remembered for files laid out the same way.</source>
        <translation>以下栏首不是本程序认识的资料栏位。请选择每列载有的资料；相同格式的文件会沿用你的选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="54"/>
        <source>Not read</source>
        <translation>不读取</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="124"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="125"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="126"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="127"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="128"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="130"/>
        <source>&amp;New Session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="131"/>
        <source>&amp;Open Session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="132"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="133"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="134"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="135"/>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="136"/>
        <source>Session No&amp;tes…</source>
        <translation>会话备注(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="137"/>
        <source>De&amp;lete Session…</source>
        <translation>删除会话(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="138"/>
        <source>&amp;Import Session from JSON…</source>
        <translation>从 JSON 导入会话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="139"/>
        <source>E&amp;xport Session to JSON…</source>
        <translation>导出会话为 JSON(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="140"/>
        <source>Choose Session &amp;Database…</source>
        <translation>选择会话数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="141"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>连接团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="142"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="143"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="144"/>
        <source>Export PD&amp;F…</source>
        <translation>导出 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="146"/>
        <source>&amp;Compare Selected…</source>
        <translation>比较所选计划(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="147"/>
        <source>&amp;Find Programme</source>
        <translation>查找计划(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="148"/>
        <source>Show &amp;Ineligible</source>
        <translation>显示不符合资格的计划(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="149"/>
        <source>&amp;Re-rank with Current Catalogue</source>
        <translation>以现行目录重新排名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="150"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="151"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="164"/>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <source>&amp;Plan: What Would Open More</source>
        <translation>计划路线：怎样可开放更多计划(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="13"/>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="16"/>
        <source>Session notes</source>
        <translation>会话备注</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="45"/>
        <source>Notes: at most %1 characters; these have %2. Shorten them to keep them.</source>
        <translation>备注：最多 %1 个字符；这些有 %2 个。请删减后才能保留。</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="102"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="103"/>
        <source>&amp;Search title or company:</source>
        <translation>搜索标题或公司(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="104"/>
        <source>Search sessions</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="105"/>
        <source>Saved sessions</source>
        <translation>已保存的会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="108"/>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="108"/>
        <source>Last changed by</source>
        <translation>最后修改者</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="110"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="111"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="112"/>
        <source>List the sessions as they are now (F5)</source>
        <translation>列出当前的会话 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="113"/>
        <source>Only &amp;mine</source>
        <translation>只显示我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="114"/>
        <source>Only sessions you created</source>
        <translation>只显示你创建的会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="127"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="141"/>
        <source>%1 shown of %2 saved</source>
        <translation>已显示 %1 个，共保存 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="166"/>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="174"/>
        <source>Delete session</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="167"/>
        <source>Delete this session for good? This cannot be undone.</source>
        <translation>永久删除此会话？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="84"/>
        <source>Cells that cannot be read</source>
        <translation>无法读取的单元格</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="89"/>
        <source>%1 rows have cells that cannot be read, listed below; %2 start-ups can be imported. Nothing is saved until you choose.</source>
        <translation>%1 行有无法读取的单元格，详列如下；可导入 %2 间初创企业。在你作出选择前不会保存任何资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="123"/>
        <source>Import the %1 good rows</source>
        <translation>导入 %1 行正确资料</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Hong Kong Business Registration</source>
        <translation>香港商业登记</translation>
    </message>
    <message>
        <source>Operates in Hong Kong</source>
        <translation>在香港运作</translation>
    </message>
    <message>
        <source>Founder is a permanent resident</source>
        <translation>创办人为永久性居民</translation>
    </message>
    <message>
        <source>Founder&apos;s age</source>
        <translation>创办人年龄</translation>
    </message>
    <message>
        <source>Science Park or Cyberport</source>
        <translation>科学园或数码港</translation>
    </message>
    <message>
        <source>Listed company</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <source>Owns a patent</source>
        <translation>拥有专利</translation>
    </message>
    <message>
        <source>Financial licence</source>
        <translation>金融牌照</translation>
    </message>
    <message>
        <source>Bank or insurer partner</source>
        <translation>银行或保险公司伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="197"/>
        <source>&amp;Stage</source>
        <translation>发展阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="198"/>
        <source>Se&amp;ctors</source>
        <translation>行业(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="196"/>
        <source>Company na&amp;me</source>
        <translation>公司名称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="199"/>
        <source>L&amp;ocation</source>
        <translation>所在地(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="200"/>
        <source>Help &amp;wanted</source>
        <translation>所需支援(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="201"/>
        <source>&amp;Incorporated in Hong Kong</source>
        <translation>在香港注册成立(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="202"/>
        <source>&amp;Years since incorporation</source>
        <translation>成立年数(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="203"/>
        <source>Full-time s&amp;taff</source>
        <translation>全职员工(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="204"/>
        <source>Staff in R&amp;&amp;D &amp;jobs</source>
        <translation>研发职位员工(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="205"/>
        <source>Technical team&apos;s e&amp;quity</source>
        <translation>技术团队持股(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="206"/>
        <source>R&amp;&amp;D done in Hon&amp;g Kong</source>
        <translation>在香港进行研发(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="207"/>
        <source>Registered in Mainland G&amp;BA</source>
        <translation>在大湾区内地城市登记(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="208"/>
        <source>Founder has a Hong &amp;Kong ID</source>
        <translation>有创办人持香港身份证(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="209"/>
        <source>&amp;Annual revenue</source>
        <translation>年收入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="210"/>
        <source>Funding rais&amp;ed</source>
        <translation>已筹集资金(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="211"/>
        <source>Si&amp;ze of funding sought</source>
        <translation>寻求资金额(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="212"/>
        <source>&amp;Private investment last year</source>
        <translation>上年度私人投资(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="213"/>
        <source>E&amp;xternal investor or sponsor</source>
        <translation>外部投资者或赞助(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="214"/>
        <source>&amp;University links</source>
        <translation>大学联系(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="215"/>
        <source>Based on university &amp;research</source>
        <translation>源自大学研究(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="219"/>
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="231"/>
        <source>Required, up to 120 characters</source>
        <translation>必须填写，最多 120 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="234"/>
        <source>Only the company name is required. “Not set” means not known yet: the results say which facts would settle a programme.</source>
        <translation>只有公司名称必须填写。「未设定」表示暂时未知：结果会说明哪些资料可确定计划是否适合。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="285"/>
        <source>Enter the company&apos;s name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>“%1” cannot be more than “%2”.</source>
        <translation>「%1」不可多于「%2」。</translation>
    </message>
    <message>
        <source>Up to %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>最多 %1。</translation>
    </message>
    <message>
        <source>Date of incorporation</source>
        <translation>注册成立日期</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="39"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="40"/>
        <source>This session has unsaved changes. Save them first?</source>
        <translation>此会话有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="92"/>
        <source>Changed by a colleague</source>
        <translation>同事已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="100"/>
        <source>&amp;Reload theirs</source>
        <translation>重新载入对方的版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="104"/>
        <source>&amp;Keep mine as a copy</source>
        <translation>把我的另存为副本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="108"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="113"/>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="121"/>
        <source>Fit score %1 of 100</source>
        <translation>配对分数 %1（满分 100）</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="132"/>
        <source>Open to you and gives the help you asked for</source>
        <translation>你可申请，并提供你所需的支援</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="133"/>
        <source>Open to you, though not the help you asked for</source>
        <translation>你可申请，但并非你所需的支援</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="134"/>
        <source>A requirement is not met; near misses say what would change it</source>
        <translation>有条件未符合；差一点符合的会说明如何改变</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear filters: show every programme</source>
        <translation>清除筛选：显示所有计划</translation>
    </message>
    <message>
        <source>Groups: what you asked for (the help ticked under Help wanted), then what else is open to you, then what is not open now, near misses first. Within a group, the higher fit first; on equal fit, the larger amount. The fit score weighs the preferences a programme states that the start-up meets. It does not decide whether you can apply: the status does. Eligible and possible programmes are ranked together by fit.</source>
        <translation>分组次序：先列符合你所需的支援（即“所需支援”中勾选的），再列你亦可申请的，最后列暂不符合的（差一点符合的排先）。同组之内配对分数高者先；分数相同，金额大者先。配对分数按计划所定的权重，计算初创企业符合其优先条件的程度。分数并不决定能否申请，能否申请要看资格状况。符合资格与或符合资格的计划一并按配对分数排列。</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 个计划中的 %1 个</translation>
    </message>
    <message>
        <source>No programme matches “%1” with the filters set.</source>
        <translation>在目前的筛选条件下，没有计划符合“%1”。</translation>
    </message>
    <message>
        <source>No programme matches the filters set.</source>
        <translation>没有计划符合目前的筛选条件。</translation>
    </message>
    <message>
        <source>Clear filters to see all %1.</source>
        <translation>清除筛选即可查看全部 %1 个计划。</translation>
    </message>
    <message>
        <source>Sorted by group, then by fit (higher first), then by amount (larger first).</source>
        <translation>先按分组排列，同组按配对分数（高者先），再按金额（大者先）。</translation>
    </message>
    <message>
        <source>Sorted by group, then by fit (higher first), then by amount. Tick Help wanted to put the help you need first.</source>
        <translation>先按分组排列，同组按配对分数（高者先），再按金额。勾选“所需支援”，相关计划便会排在最前。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="150"/>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="151"/>
        <source>Search programmes</source>
        <translation>搜索计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="152"/>
        <source>Show i&amp;neligible</source>
        <translation>显示不符合资格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="153"/>
        <source>Show ineligible programmes</source>
        <translation>显示不符合资格的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="154"/>
        <source>Kind of help</source>
        <translation>支援类别</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="155"/>
        <source>Show only programmes that give this kind of help</source>
        <translation>只显示提供此类支援的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="157"/>
        <source>Ranked programmes</source>
        <translation>计划排名</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="158"/>
        <source>Re-rank</source>
        <translation>重新排名</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="161"/>
        <source>The catalogue has changed since this session was ranked. These are the saved results; re-rank to use the current catalogue.</source>
        <translation>此会话排名后，计划目录已有更新。以下为已保存的结果；请重新排名以使用现行目录。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="166"/>
        <source>Fix the marked fields in the profile to see the ranking.</source>
        <translation>请修正表格中标示的字段以查看排名。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="170"/>
        <source>Type the company&apos;s name to begin. Every programme is then ranked, and the ranking updates as you fill in the rest of the form.</source>
        <translation>输入公司名称即可开始。所有计划随即排名，并会随你填写表格其余部分实时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="264"/>
        <source>Any kind of help</source>
        <translation>任何支援</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Plan (Ctrl+L)</source>
        <translation>计划路线 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="24"/>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="34"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>把密码保存在系统钥匙串(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="41"/>
        <source>Advisers in a team share one session database on their PostgreSQL server. Sessions show who created them and who changed them last.</source>
        <translation>团队中的顾问共用其 PostgreSQL 服务器上的同一个会话数据库。每个会话都会显示创建者及最后修改者。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="54"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="55"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="56"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="57"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="59"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="94"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="95"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="96"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="97"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="100"/>
        <source>%1: must not be empty</source>
        <translation>%1：不可留空</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Session title</source>
        <translation>会话标题</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="226"/>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="230"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="226"/>
        <source>That session no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="233"/>
        <source>Opened “%1”</source>
        <translation>已打开“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="244"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="259"/>
        <source>This session was deleted, perhaps by a colleague. Your edits are kept:</source>
        <translation>此会话已被删除（可能是同事删除的）。你的修改已保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="260"/>
        <source>use Save As to keep them.</source>
        <translation>请用「另存为」保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="269"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="276"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="286"/>
        <source>Save session as</source>
        <translation>另存会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="288"/>
        <source>Session title:</source>
        <translation>会话标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="292"/>
        <source>The title must not be blank.</source>
        <translation>标题不可留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="308"/>
        <source>Saved as “%1”</source>
        <translation>已另存为“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="315"/>
        <source>Autosaved</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="324"/>
        <source>Session database</source>
        <translation>会话数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="346"/>
        <source>Recovered the unsaved profile from last time</source>
        <translation>已恢复上次未保存的资料</translation>
    </message>
</context>
<context>
    <name>SessionLibrary</name>
    <message>
        <source>Session title</source>
        <translation>会话标题</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="33"/>
        <source>Duplicate session</source>
        <translation>复制会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="40"/>
        <source>Rename session</source>
        <translation>重命名会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="42"/>
        <source>Session title:</source>
        <translation>会话标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="60"/>
        <source>Delete session</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="61"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久删除“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="83"/>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="89"/>
        <source>%1 is the session database itself; choose another file name.</source>
        <translation>%1 是会话数据库本身；请选择另一个文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="101"/>
        <source>Exported to %1</source>
        <translation>已导出至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="106"/>
        <source>Import session</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="126"/>
        <source>Choose session database</source>
        <translation>选择会话数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="173"/>
        <source>No system keychain here: the password will be asked for again.</source>
        <translation>此电脑没有系统钥匙串：下次会再询问密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="183"/>
        <source>Session database</source>
        <translation>会话数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="191"/>
        <source>Using %1</source>
        <translation>正在使用 %1</translation>
    </message>
</context>
<context>
    <name>SheetChoiceDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>&amp;Summary only: the first pages</source>
        <translation>只含摘要：首数页(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>With the &amp;appendix: every programme, criterion by criterion</source>
        <translation>连附录(&amp;A)：所有计划逐项分析</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>Print the adviser&apos;s &amp;notes</source>
        <translation>打印顾问备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>What should the PDF hold?</source>
        <translation>PDF 应包含什么内容？</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="76"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="94"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="107"/>
        <source>Wrote %1 (%2 pages)</source>
        <translation>已写入 %1（%2 页）</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查看位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Plan</source>
        <translation>计划路线</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>正在制定计划路线…</translation>
    </message>
    <message>
        <source>What would open more</source>
        <translation>怎样可开放更多计划</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>Changes that would open programmes</source>
        <translation>可开放更多计划的改变</translation>
    </message>
    <message>
        <source>Enter a valid profile to see a plan.</source>
        <translation>请输入有效的资料以查看计划路线。</translation>
    </message>
    <message>
        <source>No change you could make opens another programme.</source>
        <translation>目前没有可作出的改变能开放更多计划。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>复原</translation>
    </message>
    <message>
        <source>Apply this change (Enter)</source>
        <translation>套用此改变 (Enter)</translation>
    </message>
    <message>
        <source>Undo the change (Ctrl+Z)</source>
        <translation>复原此改变 (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_tasks.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_tasks.py" line="48"/>
        <source>Cancel the cohort task</source>
        <translation>取消组别工作</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_tasks.py" line="81"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_tasks.py" line="110"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>WhoShouldApply</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="259"/>
        <source>Start-up</source>
        <translation>初创企业</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="262"/>
        <source>Still to settle</source>
        <translation>尚待确定</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="269"/>
        <source>Nothing: it can apply now</source>
        <translation>没有：现在即可申请</translation>
    </message>
</context>
<context>
    <name>StoreCalls</name>
    <message>
        <source>%1: the team server stopped answering (nothing for %2 s); your edits are kept — try again when it is back</source>
        <translation>%1：团队服务器已停止响应（%2 秒内没有回复）；你的修改已保留 — 待它恢复后再试</translation>
    </message>
    <message>
        <source>%1: the session database stopped answering (nothing for %2 s); your edits are kept — try again when it is back</source>
        <translation>%1：会话数据库已停止响应（%2 秒内没有回复）；你的修改已保留 — 待它恢复后再试</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“%1” contains the character U+0000 (NUL), which cannot be stored; remove it.</source>
        <translation>“%1”含有字符 U+0000（NUL），无法保存；请将其删除。</translation>
    </message>
</context>
</TS>
