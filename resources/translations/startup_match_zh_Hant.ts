<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/startup_match/gui/app.py" line="122"/>
        <source>Opening the session database…</source>
        <translation>正在開啟工作階段資料庫…</translation>
    </message>
</context>
<context>
    <name>CohortActions</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="55"/>
        <source>Sessions are off: cohorts are not kept</source>
        <translation>工作階段已關閉：不會儲存組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="64"/>
        <source>Cohorts</source>
        <translation>初創組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="68"/>
        <source>Choose a saved cohort…</source>
        <translation>選擇已儲存的組別…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="68"/>
        <source>No saved cohort</source>
        <translation>沒有已儲存的組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="96"/>
        <source>Ranking “%1”…</source>
        <translation>正在為「%1」排名…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="99"/>
        <source>Open cohort</source>
        <translation>開啟組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="105"/>
        <source>Import cohort</source>
        <translation>匯入組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="134"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="157"/>
        <source>Nothing was imported</source>
        <translation>沒有匯入任何資料</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="161"/>
        <source>Cohort name (importing again under the same name updates it):</source>
        <translation>組別名稱（以相同名稱再次匯入會更新該組別）：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="195"/>
        <source>Importing “%1”…</source>
        <translation>正在匯入「%1」…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="204"/>
        <source>Shown, not kept: sessions are off</source>
        <translation>只作顯示，未有儲存：工作階段已關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="206"/>
        <source>Imported “%1”: %2 added, %3 updated, %4 unchanged</source>
        <translation>已匯入「%1」：新增 %2 間、更新 %3 間、%4 間不變</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="218"/>
        <source>Export cohort matrix</source>
        <translation>匯出組別總表</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="232"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="252"/>
        <source>Sheets into a folder</source>
        <translation>摘要存入資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="265"/>
        <source>Writing %1 sheets…</source>
        <translation>正在寫入 %1 份摘要…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="268"/>
        <source>Sheets as one PDF</source>
        <translation>摘要合併為一個 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_actions.py" line="292"/>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
</context>
<context>
    <name>CohortCommands</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="43"/>
        <source>Sho&amp;w Cohorts…</source>
        <translation>顯示初創組別(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="44"/>
        <source>Import Co&amp;hort…</source>
        <translation>匯入初創組別(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="45"/>
        <source>Save Cohort Templat&amp;e…</source>
        <translation>儲存組別範本(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="60"/>
        <source>Save cohort template</source>
        <translation>儲存組別範本</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="62"/>
        <source>cohort template</source>
        <translation>組別範本</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_menu.py" line="75"/>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="79"/>
        <source>%1 of %2 companies could apply to %3 now</source>
        <translation>%2 間公司中有 %1 間現在可申請 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="95"/>
        <source>Start-up</source>
        <translation>初創企業</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="106"/>
        <source>%1 more possible, once they settle what is unknown</source>
        <translation>另有 %1 間在確定未知資料後或可申請</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="130"/>
        <source>Double-click to open this consultation in the main window</source>
        <translation>按兩下即可在主視窗開啟此諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="151"/>
        <source>fit %1 of 100</source>
        <translation>配對 %1／100</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="180"/>
        <source>Click a programme's heading to see who should apply.</source>
        <translation>按計劃的欄首，查看哪些初創企業應該申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="195"/>
        <source>All programmes</source>
        <translation>所有計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="215"/>
        <source>%1 of %2 start-ups × %3 of %4 programmes shown</source>
        <translation>顯示 %2 間初創企業中的 %1 間 × %4 項計劃中的 %3 項</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="225"/>
        <source>No cohort</source>
        <translation>沒有組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="226"/>
        <source>%1 — Cohort — Startup Scheme Matcher</source>
        <translation>%1 — 初創組別 — 初創資助配對</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="244"/>
        <source>Who should apply to %1</source>
        <translation>應申請%1的初創企業</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="279"/>
        <source>Cohort:</source>
        <translation>組別：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="280"/>
        <source>Saved cohorts</source>
        <translation>已儲存的組別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="281"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="282"/>
        <source>Export XLSX…</source>
        <translation>匯出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="283"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="284"/>
        <source>Sheets into a Folder…</source>
        <translation>摘要存入資料夾…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="285"/>
        <source>Sheets as One PDF…</source>
        <translation>摘要合併為一個 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="286"/>
        <source>Start-ups and programmes</source>
        <translation>初創企業與計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="287"/>
        <source>Who should apply</source>
        <translation>應該申請的初創企業</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="288"/>
        <source>Any kind of help</source>
        <translation>任何支援類別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="289"/>
        <source>Any sources</source>
        <translation>任何資料來源</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="291"/>
        <source>Kind of help</source>
        <translation>支援類別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="297"/>
        <source>Any status</source>
        <translation>任何狀況</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="298"/>
        <source>Could apply now</source>
        <translation>現在可申請</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="299"/>
        <source>Eligible or possible</source>
        <translation>符合或可能符合資格</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_window.py" line="310"/>
        <source>Import a cohort spreadsheet, or choose a saved cohort.</source>
        <translation>請匯入組別試算表，或選擇已儲存的組別。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="89"/>
        <source>Compare programmes</source>
        <translation>比較計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="90"/>
        <source>&amp;Programmes to compare (2 to 4):</source>
        <translation>要比較的計劃（2 至 4 項）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="91"/>
        <source>Programmes to compare</source>
        <translation>要比較的計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="92"/>
        <source>Comparison table</source>
        <translation>比較表</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="107"/>
        <source>At most four programmes can be compared at once.</source>
        <translation>每次最多可比較四項計劃。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="117"/>
        <source>Tick at least two programmes to compare them.</source>
        <translation>請剔選最少兩項計劃以作比較。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/compare_dialog.py" line="119"/>
        <source>Highlighted rows are where the programmes differ.</source>
        <translation>標示的列為各計劃不同之處。</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="29"/>
        <source>Reload their version, keep yours as a new session, or compare?</source>
        <translation>要重新載入對方的版本、把你的版本另存為新工作階段，還是先比較？</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="49"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="52"/>
        <source>Their version and yours</source>
        <translation>對方的版本與你的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="57"/>
        <source>%1 (my version)</source>
        <translation>%1（我的版本）</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_conflicts.py" line="58"/>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../desktop/startup_match/gui/details_pane.py" line="27"/>
        <source>Programme details</source>
        <translation>計劃詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/details_pane.py" line="29"/>
        <source>Select a programme to see why it fits or not.</source>
        <translation>選擇一項計劃，查看是否符合及原因。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>with official rules</source>
        <translation>設有官方規則</translation>
    </message>
    <message>
        <source>Each programme&apos;s details and every summary sheet list the sources they rest on, with the passage quoted and the date it was checked.</source>
        <translation>每個計劃的詳情及每份摘要均列出所依據的來源，並引述原文及註明查閱日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="26"/>
        <source>Startup Scheme Matcher</source>
        <translation>初創計劃配對工具</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="27"/>
        <source>Which Hong Kong support programmes fit a start-up, why, and what would make the others fit.</source>
        <translation>哪些香港支援計劃適合初創企業、原因為何，以及如何才能符合其他計劃。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="32"/>
        <source>programmes</source>
        <translation>項計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="57"/>
        <source>About Startup Scheme Matcher</source>
        <translation>關於初創計劃配對工具</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="64"/>
        <source>Describe the start-up in the form on the left. Only the company name is required; anything left as “Not set” counts as unknown.</source>
        <translation>在左方表格描述初創企業。只有公司名稱必須填寫；標示為「未設定」的項目視作未知。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="68"/>
        <source>The ranking on the right updates as you type. It comes in groups, each under a heading with its count: what you asked for (the help ticked under Help wanted), then what else is open to you, then what is not open now, near misses first. Within a group the higher fit comes first, and on equal fit the larger amount; eligible and possible programmes are ranked together, the status telling them apart. Fit weighs the preferences the start-up meets; it does not decide whether it can apply.</source>
        <translation>右方排名會隨輸入即時更新，並分組列出，每組標題附有計劃數目：先列符合你所需的支援（即「所需支援」中勾選的），再列你亦可申請的，最後列暫不符合的（差一點符合的排先）。同組之內配對分數高者先；分數相同，金額大者先。符合資格與或符合資格的計劃一併排列，以資格狀況區分。配對分數衡量初創企業符合多少優先條件，並不決定能否申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="72"/>
        <source>Select a programme to see every criterion with its verdict, the source it rests on, what the programme gives and how to apply. Near misses say what would change them.</source>
        <translation>選擇一項計劃，即可查看每項條件的結果、所依據的資料來源、計劃提供的支援及申請方法。差一點符合的計劃會說明如何改變結果。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="76"/>
        <source>Select two to four programmes (Ctrl-click) and press Ctrl+M to compare them side by side; rows where they differ are highlighted.</source>
        <translation>選擇二至四項計劃（按住 Ctrl 點選），再按 Ctrl+M 並排比較；不同之處會被標示。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="80"/>
        <source>Save the consultation with Ctrl+S. Saved sessions are autosaved as you edit; open them again with Ctrl+O.</source>
        <translation>按 Ctrl+S 儲存諮詢。已儲存的工作階段會在編輯時自動儲存；按 Ctrl+O 重新開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="84"/>
        <source>Print the summary sheet with Ctrl+P, preview it with Ctrl+Shift+P, or export a PDF with Ctrl+E.</source>
        <translation>按 Ctrl+P 列印摘要，按 Ctrl+Shift+P 預覽列印，或按 Ctrl+E 匯出 PDF。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/help.py" line="90"/>
        <source>How to use the matcher</source>
        <translation>如何使用配對工具</translation>
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
        <translation>加入聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="64"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="65"/>
        <source>No founder has a university link</source>
        <translation>沒有創辦人與大學有聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="67"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="68"/>
        <source>Role at the university</source>
        <translation>在大學的身分</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="70"/>
        <source>Add university link</source>
        <translation>加入大學聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/links_editor.py" line="71"/>
        <source>Remove selected university link</source>
        <translation>移除所選的大學聯繫</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="79"/>
        <source>Session database</source>
        <translation>工作階段資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="180"/>
        <source>Translations for %1 are unavailable; texts stay in English where missing.</source>
        <translation>未能載入%1翻譯；欠缺的文字將以英文顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/main_window.py" line="139"/>
        <source>Unsaved session</source>
        <translation>未儲存的工作階段</translation>
    </message>
    <message>
        <source>Applied; now open: %1</source>
        <translation>已套用；現已開放：%1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="40"/>
        <source>Match the columns</source>
        <translation>配對欄位</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="44"/>
        <source>These column headers are not profile fields the app knows. Choose what each column holds; the choice is remembered for files laid out the same way.</source>
        <translation>以下欄首不是本程式認識的資料欄位。請選擇每欄載有的資料；相同格式的檔案會沿用你的選擇。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="54"/>
        <source>Not read</source>
        <translation>不讀取</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="124"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="125"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="126"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="127"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="128"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="130"/>
        <source>&amp;New Session</source>
        <translation>新增工作階段(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="131"/>
        <source>&amp;Open Session…</source>
        <translation>開啟工作階段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="132"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="133"/>
        <source>Save &amp;As…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="134"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="135"/>
        <source>Rena&amp;me…</source>
        <translation>重新命名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="136"/>
        <source>Session No&amp;tes…</source>
        <translation>工作階段備註(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="137"/>
        <source>De&amp;lete Session…</source>
        <translation>刪除工作階段(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="138"/>
        <source>&amp;Import Session from JSON…</source>
        <translation>從 JSON 匯入工作階段(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="139"/>
        <source>E&amp;xport Session to JSON…</source>
        <translation>匯出工作階段為 JSON(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="140"/>
        <source>Choose Session &amp;Database…</source>
        <translation>選擇工作階段資料庫(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="141"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>連接團隊伺服器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="142"/>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="143"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="144"/>
        <source>Export PD&amp;F…</source>
        <translation>匯出 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="146"/>
        <source>&amp;Compare Selected…</source>
        <translation>比較所選計劃(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="147"/>
        <source>&amp;Find Programme</source>
        <translation>尋找計劃(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="148"/>
        <source>Show &amp;Ineligible</source>
        <translation>顯示不符合資格的計劃(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="149"/>
        <source>&amp;Re-rank with Current Catalogue</source>
        <translation>以現行目錄重新排名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="150"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="151"/>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/menu_actions.py" line="164"/>
        <source>No recent sessions</source>
        <translation>沒有最近的工作階段</translation>
    </message>
    <message>
        <source>&amp;Plan: What Would Open More</source>
        <translation>計劃路線：怎樣可開放更多計劃(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="13"/>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="16"/>
        <source>Session notes</source>
        <translation>工作階段備註</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/notes_dialog.py" line="45"/>
        <source>Notes: at most %1 characters; these have %2. Shorten them to keep them.</source>
        <translation>備註：最多 %1 個字元；這些有 %2 個。請刪減後才能保留。</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="102"/>
        <source>Open session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="103"/>
        <source>&amp;Search title or company:</source>
        <translation>搜尋標題或公司(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="104"/>
        <source>Search sessions</source>
        <translation>搜尋工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="105"/>
        <source>Saved sessions</source>
        <translation>已儲存的工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="106"/>
        <source>Last saved</source>
        <translation>最後儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="108"/>
        <source>Created by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="108"/>
        <source>Last changed by</source>
        <translation>最後修改者</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="110"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="111"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="112"/>
        <source>List the sessions as they are now (F5)</source>
        <translation>列出目前的工作階段 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="113"/>
        <source>Only &amp;mine</source>
        <translation>只顯示我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="114"/>
        <source>Only sessions you created</source>
        <translation>只顯示你建立的工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="127"/>
        <source>Sessions</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="141"/>
        <source>%1 shown of %2 saved</source>
        <translation>已顯示 %1 個，共儲存 %2 個</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="166"/>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="174"/>
        <source>Delete session</source>
        <translation>刪除工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/sessions_dialog.py" line="167"/>
        <source>Delete this session for good? This cannot be undone.</source>
        <translation>永久刪除此工作階段？此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="84"/>
        <source>Cells that cannot be read</source>
        <translation>無法讀取的儲存格</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="89"/>
        <source>%1 rows have cells that cannot be read, listed below; %2 start-ups can be imported. Nothing is saved until you choose.</source>
        <translation>%1 列有無法讀取的儲存格，詳列如下；可匯入 %2 間初創企業。在你作出選擇前不會儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_dialogs.py" line="123"/>
        <source>Import the %1 good rows</source>
        <translation>匯入 %1 列正確資料</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Hong Kong Business Registration</source>
        <translation>香港商業登記</translation>
    </message>
    <message>
        <source>Operates in Hong Kong</source>
        <translation>在香港運作</translation>
    </message>
    <message>
        <source>Founder is a permanent resident</source>
        <translation>創辦人為永久性居民</translation>
    </message>
    <message>
        <source>Founder&apos;s age</source>
        <translation>創辦人年齡</translation>
    </message>
    <message>
        <source>Science Park or Cyberport</source>
        <translation>科學園或數碼港</translation>
    </message>
    <message>
        <source>Listed company</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <source>Owns a patent</source>
        <translation>擁有專利</translation>
    </message>
    <message>
        <source>Financial licence</source>
        <translation>金融牌照</translation>
    </message>
    <message>
        <source>Bank or insurer partner</source>
        <translation>銀行或保險公司夥伴</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="197"/>
        <source>&amp;Stage</source>
        <translation>發展階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="198"/>
        <source>Se&amp;ctors</source>
        <translation>行業(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="196"/>
        <source>Company na&amp;me</source>
        <translation>公司名稱(&amp;M)</translation>
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
        <translation>在香港註冊成立(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="202"/>
        <source>&amp;Years since incorporation</source>
        <translation>成立年數(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="203"/>
        <source>Full-time s&amp;taff</source>
        <translation>全職員工(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="204"/>
        <source>Staff in R&amp;&amp;D &amp;jobs</source>
        <translation>研發職位員工(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="205"/>
        <source>Technical team&apos;s e&amp;quity</source>
        <translation>技術團隊持股(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="206"/>
        <source>R&amp;&amp;D done in Hon&amp;g Kong</source>
        <translation>在香港進行研發(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="207"/>
        <source>Registered in Mainland G&amp;BA</source>
        <translation>在大灣區內地城市登記(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="208"/>
        <source>Founder has a Hong &amp;Kong ID</source>
        <translation>有創辦人持香港身份證(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="209"/>
        <source>&amp;Annual revenue</source>
        <translation>年收入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="210"/>
        <source>Funding rais&amp;ed</source>
        <translation>已籌集資金(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="211"/>
        <source>Si&amp;ze of funding sought</source>
        <translation>尋求資金額(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="212"/>
        <source>&amp;Private investment last year</source>
        <translation>上年度私人投資(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="213"/>
        <source>E&amp;xternal investor or sponsor</source>
        <translation>外部投資者或贊助(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="214"/>
        <source>&amp;University links</source>
        <translation>大學聯繫(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="215"/>
        <source>Based on university &amp;research</source>
        <translation>源自大學研究(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="219"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="231"/>
        <source>Required, up to 120 characters</source>
        <translation>必須填寫，最多 120 個字元</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="234"/>
        <source>Only the company name is required. “Not set” means not known yet: the results say which facts would settle a programme.</source>
        <translation>只有公司名稱必須填寫。「未設定」表示暫時未知：結果會說明哪些資料可確定計劃是否適合。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/profile_form.py" line="285"/>
        <source>Enter the company&apos;s name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
    <message>
        <source>“%1” cannot be more than “%2”.</source>
        <translation>「%1」不可多於「%2」。</translation>
    </message>
    <message>
        <source>Up to %1 characters.</source>
        <translation>最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>最多 %1。</translation>
    </message>
    <message>
        <source>Date of incorporation</source>
        <translation>註冊成立日期</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="39"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="40"/>
        <source>This session has unsaved changes. Save them first?</source>
        <translation>此工作階段有未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="92"/>
        <source>Changed by a colleague</source>
        <translation>同事已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="100"/>
        <source>&amp;Reload theirs</source>
        <translation>重新載入對方的版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="104"/>
        <source>&amp;Keep mine as a copy</source>
        <translation>把我的另存為副本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="108"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/dialog_prompts.py" line="113"/>
        <source>Decide &amp;later</source>
        <translation>稍後決定(&amp;L)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="121"/>
        <source>Fit score %1 of 100</source>
        <translation>配對分數 %1（滿分 100）</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="132"/>
        <source>Open to you and gives the help you asked for</source>
        <translation>你可申請，並提供你所需的支援</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="133"/>
        <source>Open to you, though not the help you asked for</source>
        <translation>你可申請，但並非你所需的支援</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_model.py" line="134"/>
        <source>A requirement is not met; near misses say what would change it</source>
        <translation>有條件未符合；差一點符合的會說明如何改變</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Clear filters: show every programme</source>
        <translation>清除篩選：顯示所有計劃</translation>
    </message>
    <message>
        <source>Groups: what you asked for (the help ticked under Help wanted), then what else is open to you, then what is not open now, near misses first. Within a group, the higher fit first; on equal fit, the larger amount. The fit score weighs the preferences a programme states that the start-up meets. It does not decide whether you can apply: the status does. Eligible and possible programmes are ranked together by fit.</source>
        <translation>分組次序：先列符合你所需的支援（即「所需支援」中勾選的），再列你亦可申請的，最後列暫不符合的（差一點符合的排先）。同組之內配對分數高者先；分數相同，金額大者先。配對分數按計劃所定的權重，計算初創企業符合其優先條件的程度。分數並不決定能否申請，能否申請要看資格狀況。符合資格與或符合資格的計劃一併按配對分數排列。</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>顯示 %2 個計劃中的 %1 個</translation>
    </message>
    <message>
        <source>No programme matches “%1” with the filters set.</source>
        <translation>在目前的篩選條件下，沒有計劃符合「%1」。</translation>
    </message>
    <message>
        <source>No programme matches the filters set.</source>
        <translation>沒有計劃符合目前的篩選條件。</translation>
    </message>
    <message>
        <source>Clear filters to see all %1.</source>
        <translation>清除篩選即可查看全部 %1 個計劃。</translation>
    </message>
    <message>
        <source>Sorted by group, then by fit (higher first), then by amount (larger first).</source>
        <translation>先按分組排列，同組按配對分數（高者先），再按金額（大者先）。</translation>
    </message>
    <message>
        <source>Sorted by group, then by fit (higher first), then by amount. Tick Help wanted to put the help you need first.</source>
        <translation>先按分組排列，同組按配對分數（高者先），再按金額。勾選「所需支援」，相關計劃便會排在最前。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation>尋找(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="150"/>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="151"/>
        <source>Search programmes</source>
        <translation>搜尋計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="152"/>
        <source>Show i&amp;neligible</source>
        <translation>顯示不符合資格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="153"/>
        <source>Show ineligible programmes</source>
        <translation>顯示不符合資格的計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="154"/>
        <source>Kind of help</source>
        <translation>支援類別</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="155"/>
        <source>Show only programmes that give this kind of help</source>
        <translation>只顯示提供此類支援的計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="157"/>
        <source>Ranked programmes</source>
        <translation>計劃排名</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="158"/>
        <source>Re-rank</source>
        <translation>重新排名</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="161"/>
        <source>The catalogue has changed since this session was ranked. These are the saved results; re-rank to use the current catalogue.</source>
        <translation>此工作階段排名後，計劃目錄已有更新。以下為已儲存的結果；請重新排名以使用現行目錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="166"/>
        <source>Fix the marked fields in the profile to see the ranking.</source>
        <translation>請修正表格中標示的欄位以查看排名。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="170"/>
        <source>Type the company&apos;s name to begin. Every programme is then ranked, and the ranking updates as you fill in the rest of the form.</source>
        <translation>輸入公司名稱即可開始。所有計劃隨即排名，並會隨你填寫表格其餘部分即時更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/results_pane.py" line="264"/>
        <source>Any kind of help</source>
        <translation>任何支援</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Plan (Ctrl+L)</source>
        <translation>計劃路線 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="24"/>
        <source>Connect to team server</source>
        <translation>連接團隊伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="34"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>把密碼儲存在系統鑰匙圈(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="41"/>
        <source>Advisers in a team share one session database on their PostgreSQL server. Sessions show who created them and who changed them last.</source>
        <translation>團隊中的顧問共用其 PostgreSQL 伺服器上的同一個工作階段資料庫。每個工作階段都會顯示建立者及最後修改者。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="54"/>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="55"/>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="56"/>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="57"/>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="59"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="94"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="95"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/server_dialog.py" line="96"/>
        <source>User</source>
        <translation>使用者</translation>
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
        <translation>工作階段標題</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="226"/>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="230"/>
        <source>Open session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="226"/>
        <source>That session no longer exists.</source>
        <translation>該工作階段已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="233"/>
        <source>Opened “%1”</source>
        <translation>已開啟「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="244"/>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="259"/>
        <source>This session was deleted, perhaps by a colleague. Your edits are kept:</source>
        <translation>此工作階段已被刪除（可能是同事刪除的）。你的修改已保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="260"/>
        <source>use Save As to keep them.</source>
        <translation>請用「另存為」儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="269"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="276"/>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="286"/>
        <source>Save session as</source>
        <translation>另存工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="288"/>
        <source>Session title:</source>
        <translation>工作階段標題：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="292"/>
        <source>The title must not be blank.</source>
        <translation>標題不可留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="308"/>
        <source>Saved as “%1”</source>
        <translation>已另存為「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="315"/>
        <source>Autosaved</source>
        <translation>已自動儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="324"/>
        <source>Session database</source>
        <translation>工作階段資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_controller.py" line="346"/>
        <source>Recovered the unsaved profile from last time</source>
        <translation>已復原上次未儲存的資料</translation>
    </message>
</context>
<context>
    <name>SessionLibrary</name>
    <message>
        <source>Session title</source>
        <translation>工作階段標題</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="33"/>
        <source>Duplicate session</source>
        <translation>複製工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="40"/>
        <source>Rename session</source>
        <translation>重新命名工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="42"/>
        <source>Session title:</source>
        <translation>工作階段標題：</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="60"/>
        <source>Delete session</source>
        <translation>刪除工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="61"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久刪除「%1」？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="83"/>
        <source>Export session</source>
        <translation>匯出工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="89"/>
        <source>%1 is the session database itself; choose another file name.</source>
        <translation>%1 是工作階段資料庫本身；請選擇另一個檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="101"/>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="106"/>
        <source>Import session</source>
        <translation>匯入工作階段</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="126"/>
        <source>Choose session database</source>
        <translation>選擇工作階段資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="173"/>
        <source>No system keychain here: the password will be asked for again.</source>
        <translation>此電腦沒有系統鑰匙圈：下次會再詢問密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/session_library.py" line="183"/>
        <source>Session database</source>
        <translation>工作階段資料庫</translation>
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
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>&amp;Summary only: the first pages</source>
        <translation>只含摘要：首數頁(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>With the &amp;appendix: every programme, criterion by criterion</source>
        <translation>連附錄(&amp;A)：所有計劃逐項分析</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>Print the adviser&apos;s &amp;notes</source>
        <translation>列印顧問備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="44"/>
        <source>What should the PDF hold?</source>
        <translation>PDF 應包含甚麼內容？</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="76"/>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="94"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/printing.py" line="107"/>
        <source>Wrote %1 (%2 pages)</source>
        <translation>已寫入 %1（%2 頁）</translation>
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
        <translation>檔案類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不儲存</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Plan</source>
        <translation>計劃路線</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>正在制定計劃路線…</translation>
    </message>
    <message>
        <source>What would open more</source>
        <translation>怎樣可開放更多計劃</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間表</translation>
    </message>
    <message>
        <source>Changes that would open programmes</source>
        <translation>可開放更多計劃的改變</translation>
    </message>
    <message>
        <source>Enter a valid profile to see a plan.</source>
        <translation>請輸入有效的資料以查看計劃路線。</translation>
    </message>
    <message>
        <source>No change you could make opens another programme.</source>
        <translation>目前沒有可作出的改變能開放更多計劃。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Apply this change (Enter)</source>
        <translation>套用此改變 (Enter)</translation>
    </message>
    <message>
        <source>Undo the change (Ctrl+Z)</source>
        <translation>復原此改變 (Ctrl+Z)</translation>
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
        <translation>取消組別工作</translation>
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
        <translation>初創企業</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="262"/>
        <source>Still to settle</source>
        <translation>尚待確定</translation>
    </message>
    <message>
        <location filename="../../desktop/startup_match/gui/cohort_model.py" line="269"/>
        <source>Nothing: it can apply now</source>
        <translation>沒有：現在即可申請</translation>
    </message>
</context>
<context>
    <name>StoreCalls</name>
    <message>
        <source>%1: the team server stopped answering (nothing for %2 s); your edits are kept — try again when it is back</source>
        <translation>%1：團隊伺服器已停止回應（%2 秒內沒有回覆）；你的修改已保留 — 待它恢復後再試</translation>
    </message>
    <message>
        <source>%1: the session database stopped answering (nothing for %2 s); your edits are kept — try again when it is back</source>
        <translation>%1：工作階段資料庫已停止回應（%2 秒內沒有回覆）；你的修改已保留 — 待它恢復後再試</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“%1” contains the character U+0000 (NUL), which cannot be stored; remove it.</source>
        <translation>「%1」含有字元 U+0000（NUL），無法儲存；請將其刪除。</translation>
    </message>
</context>
</TS>
