<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaPanel</name>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="67"/>
        <location filename="../../ui/training/answer_panels.py" line="98"/>
        <source>Marking on (K)</source>
        <translation>标记：开（K）</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="70"/>
        <source>Off: drag the page to pan it. On: click or drag to mark.</source>
        <translation>关：拖动页面可平移。开：点击或拖动即可标记。</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="74"/>
        <source>Remove all marks</source>
        <translation>清除全部标记</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="82"/>
        <source>Click a point, or drag a rectangle, on each place you find. Drag a mark to move it; select it and press Delete to remove it. Space marks the centre of the view.</source>
        <translation>在找到的每一处点击一个点或拖出一个矩形。拖动标记可移动；选中后按 Delete 删除。按空格键标记视图中心。</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="98"/>
        <source>Marking off: panning (K)</source>
        <translation>标记：关，平移（K）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/answer_panels.py" line="102"/>
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorCanvas</name>
    <message>
        <location filename="../../ui/author/canvas.py" line="344"/>
        <location filename="../../ui/author/canvas.py" line="453"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/canvas.py" line="348"/>
        <source>Move vertex</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <location filename="../../ui/author/canvas.py" line="350"/>
        <source>Resize %1</source>
        <translation>调整%1大小</translation>
    </message>
    <message>
        <location filename="../../ui/author/canvas.py" line="390"/>
        <source>Add vertex</source>
        <translation>添加顶点</translation>
    </message>
    <message>
        <location filename="../../ui/author/canvas.py" line="409"/>
        <source>Remove vertex</source>
        <translation>删除顶点</translation>
    </message>
</context>
<context>
    <name>AuthorMenus</name>
    <message>
        <location filename="../../ui/author/menus.py" line="27"/>
        <source>&amp;New pack…</source>
        <translation>新建样本包(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="29"/>
        <source>&amp;Open pack for editing…</source>
        <translation>打开样本包进行编辑(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="66"/>
        <source>Open pack for editing (the folder holding pack.json)</source>
        <translation>打开样本包进行编辑（选择包含 pack.json 的文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="89"/>
        <location filename="../../ui/author/menus.py" line="99"/>
        <source>Unsaved draft</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="90"/>
        <source>Resume the unsaved draft %1 (autosaved %2)? It was never saved as a pack.</source>
        <translation>继续未保存的草稿 %1（自动保存于 %2）？它从未保存为资料包。</translation>
    </message>
    <message>
        <location filename="../../ui/author/menus.py" line="108"/>
        <source>Authoring %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>AuthorTab</name>
    <message>
        <location filename="../../ui/author/tab.py" line="88"/>
        <source>The specimen being annotated</source>
        <translation>正在标注的样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="89"/>
        <source>The page being annotated (PgUp / PgDown)</source>
        <translation>正在标注的页面（PgUp / PgDown）</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="94"/>
        <source>The capture shown while annotating: white scan, or a registered UV/IR capture (L)</source>
        <translation>标注时显示的图像：白光扫描，或已配准的紫外/红外采集图像（L）</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="103"/>
        <source>How much of the capture covers the white scan ([ and ] change it)</source>
        <translation>采集图像覆盖白光扫描的程度（[ 和 ] 调节）</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="129"/>
        <source>Specimen:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="131"/>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="134"/>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="154"/>
        <source>x %1 mm, y %2 mm</source>
        <translation>x %1 毫米，y %2 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="190"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="191"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="192"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="193"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="202"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="204"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="209"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="211"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="217"/>
        <source>From scans…</source>
        <translation>从扫描件新建…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="220"/>
        <source>Exercise sets…</source>
        <translation>练习集…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="223"/>
        <source>Delete specimen…</source>
        <translation>删除样本…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="226"/>
        <source>Replace scans…</source>
        <translation>替换扫描图像…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="229"/>
        <source>Document data…</source>
        <translation>证件数据…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="232"/>
        <source>Save series template</source>
        <translation>保存为系列模板</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="238"/>
        <source>Pack version…</source>
        <translation>资料包版本…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="240"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="241"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="243"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="255"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="256"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="257"/>
        <source>Fit page</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="258"/>
        <source>Next layer</source>
        <translation>下一图层</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="260"/>
        <source>Previous layer</source>
        <translation>上一图层</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="263"/>
        <source>Less of the capture</source>
        <translation>减少采集图像</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="266"/>
        <source>More of the capture</source>
        <translation>增加采集图像</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="337"/>
        <source>White scan only</source>
        <translation>仅白光扫描</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="418"/>
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="436"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="446"/>
        <source>Duplicate %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="529"/>
        <source>Save pack in folder</source>
        <translation>将样本包保存到文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="539"/>
        <source>Save pack</source>
        <translation>保存样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="542"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="549"/>
        <location filename="../../ui/author/tab.py" line="559"/>
        <location filename="../../ui/author/tab.py" line="568"/>
        <source>Export pack</source>
        <translation>导出样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="551"/>
        <source>Specimen packs (*.dxpack)</source>
        <translation>样本包 (*.dxpack)</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="561"/>
        <source>Fix the problems listed first: another workstation would refuse this pack.</source>
        <translation>请先修正所列问题，否则其他工作站会拒绝导入此样本包。</translation>
    </message>
    <message>
        <location filename="../../ui/author/tab.py" line="572"/>
        <source>Exported %1 (version %2): share this file; File &gt; Import pack… adds it to a library.</source>
        <translation>已导出 %1（版本 %2）：分享此文件；“文件 &gt; 导入资料包…”可将其加入资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="132"/>
        <location filename="../../ui/author/specimen_ops.py" line="149"/>
        <source>Pack version</source>
        <translation>资料包版本</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="133"/>
        <source>Version of this pack, numbers separated by dots (2, 1.3).
Raise it before sharing a new edition: an import then says it is newer.</source>
        <translation>此资料包的版本，用点分隔的数字（如 2、1.3）。
分享新版本前请提高版本号：导入时会提示它是较新的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="150"/>
        <source>“%1” is not a version: use numbers separated by dots, as 2 or 1.3.</source>
        <translation>“%1”不是版本号：请使用点分隔的数字，如 2 或 1.3。</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="157"/>
        <source>Set pack version</source>
        <translation>设置资料包版本</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="47"/>
        <source>Add specimen</source>
        <translation>添加样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="57"/>
        <source>Delete specimen</source>
        <translation>删除样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="61"/>
        <source>Delete %1 and its features from the pack? (Undo brings it back.)</source>
        <translation>从资料包中删除 %1 及其特征？（撤销可恢复。）</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="101"/>
        <source>Replace scans</source>
        <translation>替换扫描图像</translation>
    </message>
    <message>
        <location filename="../../ui/author/specimen_ops.py" line="119"/>
        <source>Edit document data</source>
        <translation>编辑证件数据</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="44"/>
        <location filename="../../ui/author/series.py" line="71"/>
        <source>Series template</source>
        <translation>系列模板</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="49"/>
        <source>Mark features on this specimen first.</source>
        <translation>请先在此样本上标注特征。</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="60"/>
        <source>Saved %1 feature(s) as the template of series %2.</source>
        <translation>已将 %1 个特征保存为系列 %2 的模板。</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="81"/>
        <source>No template saved for series %1 yet: mark a specimen of that series and use Save series template (the series is set in Document data…).</source>
        <translation>系列 %1 尚无模板：请标注该系列的一个样本并使用“保存为系列模板”（系列在“证件数据…”中设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="90"/>
        <location filename="../../ui/author/tab.py" line="235"/>
        <source>Apply series template</source>
        <translation>应用系列模板</translation>
    </message>
    <message>
        <location filename="../../ui/author/series.py" line="95"/>
        <source>Added %1 feature(s) from the template of series %2 (%3 already there).</source>
        <translation>已从系列 %2 的模板添加 %1 个特征（%3 个已存在）。</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/browser/model.py" line="78"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="27"/>
        <source>Open the chip reader (R), place the passport on it and read what each step shows. Then give the chip&apos;s verdict and, if it fails, the step that fails.</source>
        <translation>打开芯片阅读器（R），将护照放上去，查看每一步的结果。然后给出芯片的验证结论；若不通过，指出失败的步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="32"/>
        <source>Chip reader… (R)</source>
        <translation>芯片阅读器…（R）</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="38"/>
        <source>The chip passes every check</source>
        <translation>芯片通过全部验证</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="40"/>
        <source>The chip fails</source>
        <translation>芯片验证不通过</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="46"/>
        <source>Choose the step that fails…</source>
        <translation>选择失败的步骤…</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="53"/>
        <source>&lt;b&gt;Chip verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;芯片验证结论&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/chip_panel.py" line="56"/>
        <source>&lt;b&gt;Step that fails&lt;/b&gt;</source>
        <translation>&lt;b&gt;失败的步骤&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ChipReader</name>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="58"/>
        <source>Access (BAC with the printed MRZ)</source>
        <translation>访问（用印刷机读区进行 BAC）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="44"/>
        <source>Files read</source>
        <translation>已读取的文件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="43"/>
        <source>Access with the printed MRZ (PACE or BAC)</source>
        <translation>用印刷机读区访问（PACE 或 BAC）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="45"/>
        <source>Security object signature</source>
        <translation>安全对象签名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="46"/>
        <source>Certificate chain to a trusted CSCA</source>
        <translation>至受信任 CSCA 的证书链</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="47"/>
        <source>Document Signer validity</source>
        <translation>文件签名证书有效期</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="48"/>
        <source>Revocation list (CRL)</source>
        <translation>证书吊销列表（CRL）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="49"/>
        <source>Data group hashes</source>
        <translation>数据组哈希值</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="50"/>
        <source>Active Authentication (clone check)</source>
        <translation>主动认证（克隆检查）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="51"/>
        <source>Chip data (DG1) against the page</source>
        <translation>芯片资料（DG1）与资料页比对</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="52"/>
        <source>Chip data (DG11, DG12) against the page</source>
        <translation>芯片资料（DG11、DG12）与资料页比对</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="53"/>
        <source>Chip portrait (DG2) against the page</source>
        <translation>芯片照片（DG2）与资料页比对</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="57"/>
        <source>Access (PACE with the printed MRZ)</source>
        <translation>访问（用印刷机读区进行 PACE）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="61"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="62"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="63"/>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="64"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="65"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="66"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="67"/>
        <source>Date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="68"/>
        <source>Issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="69"/>
        <source>Personal number (DG11)</source>
        <translation>个人号码（DG11）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="70"/>
        <source>Place of birth (DG11)</source>
        <translation>出生地（DG11）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="71"/>
        <source>Issuing authority (DG12)</source>
        <translation>签发机关（DG12）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="72"/>
        <source>Date of issue (DG12)</source>
        <translation>签发日期（DG12）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="73"/>
        <source>Full name (DG11)</source>
        <translation>全名（DG11）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="74"/>
        <source>Full date of birth (DG11)</source>
        <translation>完整出生日期（DG11）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="75"/>
        <source>Personalised (DG12)</source>
        <translation>个人化时间（DG12）</translation>
    </message>
</context>
<context>
    <name>ChipReaderDialog</name>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="110"/>
        <source>Chip reader</source>
        <translation>芯片阅读器</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="111"/>
        <source>Place on reader</source>
        <translation>放上阅读器</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="113"/>
        <source>Place the passport&apos;s data page on the reader.</source>
        <translation>请将护照资料页放在阅读器上。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="119"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="119"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="136"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="137"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="138"/>
        <source>Printed MRZ</source>
        <translation>印刷机读区</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="139"/>
        <source>Visual zone</source>
        <translation>视读区</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="146"/>
        <source>Chip portrait (DG2)</source>
        <translation>芯片照片（DG2）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="147"/>
        <source>Printed portrait</source>
        <translation>印刷照片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="194"/>
        <source>This specimen has no files to read a chip from.</source>
        <translation>该样本没有可读取芯片的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="197"/>
        <source>The chip cannot be read: %1</source>
        <translation>无法读取芯片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="204"/>
        <source>This document has no chip.</source>
        <translation>该证件没有芯片。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="207"/>
        <source>Chip: PASS. Every check the reader ran passed.</source>
        <translation>芯片：通过。阅读器执行的所有检查均通过。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="212"/>
        <source>Chip: FAIL (%1). Refer the document.</source>
        <translation>芯片：失败（%1）。请将证件移交复查。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reader.py" line="233"/>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
</context>
<context>
    <name>ChipReason</name>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="13"/>
        <source>no chip answers, but the document shows the chip symbol</source>
        <translation>证件上有芯片标志，但没有芯片应答</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="16"/>
        <source>this document has no chip</source>
        <translation>此证件没有芯片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="17"/>
        <source>the chip does not answer: dead, damaged or removed</source>
        <translation>芯片无应答：已失效、损坏或被取出</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="18"/>
        <source>no access keys from the printed MRZ: {detail}</source>
        <translation>无法从印刷的机读区导出访问密钥：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="19"/>
        <source>the keys derived from the printed MRZ (document number, birth date, expiry and their check digits) do not open the chip: the printed MRZ is not the one the chip was personalised with</source>
        <translation>由印刷机读区（证件号码、出生日期、有效期至及其校验位）导出的密钥打不开芯片：印刷的机读区不是芯片个人化时所用的机读区</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="23"/>
        <source>BAC keys derived from the printed MRZ open the chip</source>
        <translation>由印刷机读区导出的 BAC 密钥打开了芯片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="26"/>
        <source>PACE with the password from the printed MRZ opens the chip (ECDH, AES-128)</source>
        <translation>以印刷机读区为口令的 PACE 打开了芯片（ECDH，AES-128）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="30"/>
        <source>PACE with the password from the printed MRZ fails: the chip refuses the reader&apos;s authentication token, so the printed MRZ is not the one the chip was personalised with</source>
        <translation>以印刷机读区为口令的 PACE 失败：芯片拒绝了阅读器的认证令牌，说明印刷机读区并非芯片个人化时所用的机读区</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="34"/>
        <source>EF.CardAccess offers no PACE this reader runs: {detail}</source>
        <translation>EF.CardAccess 中没有本阅读器支持的 PACE：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="37"/>
        <source>the chip&apos;s files cannot be read: {detail}</source>
        <translation>无法读取芯片文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="40"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="41"/>
        <source>read {files}</source>
        <translation>已读取 {files}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="42"/>
        <source>not run: the chip could not be read</source>
        <translation>未执行：无法读取芯片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="43"/>
        <source>not run: the chip&apos;s files could not be read</source>
        <translation>未执行：无法读取芯片文件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="44"/>
        <source>not run: the data group could not be read</source>
        <translation>未执行：无法读取该数据组</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="45"/>
        <source>not run: no trusted CSCA to take the CRL from</source>
        <translation>未执行：没有可提供证书吊销列表的受信任 CSCA</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="48"/>
        <source>the Document Signer&apos;s key is not an ECDSA key this reader checks</source>
        <translation>文件签名者的密钥不是本阅读器可验证的 ECDSA 密钥</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="51"/>
        <source>the SOD&apos;s signature does not verify with its Document Signer&apos;s key</source>
        <translation>用文件签名者的密钥无法验证 SOD 的签名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="54"/>
        <source>the signed message digest is not the hash of the security object</source>
        <translation>已签名的消息摘要不是安全对象的哈希值</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="57"/>
        <source>the security object is signed by the Document Signer in the SOD</source>
        <translation>安全对象由 SOD 中的文件签名者签名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="60"/>
        <source>no CSCA named {issuer} in the Master List: its issuer is not trusted</source>
        <translation>主列表中没有名为 {issuer} 的 CSCA：其签发者不受信任</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="63"/>
        <source>the Document Signer is certified by the trusted CSCA {issuer}</source>
        <translation>文件签名者由受信任的 CSCA {issuer} 认证</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="66"/>
        <source>the Document Signer names {issuer} as issuer, but no CSCA of that name in the Master List signed it: a look-alike CSCA</source>
        <translation>文件签名者声称由 {issuer} 签发，但主列表中同名的 CSCA 并未为其签名：这是冒名的 CSCA</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="70"/>
        <source>the SOD carries no signing time</source>
        <translation>SOD 没有签名时间</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="71"/>
        <source>the Document Signer certificate was valid {start} to {end}; the SOD was signed {when}</source>
        <translation>文件签名证书的有效期为 {start} 至 {end}；SOD 的签名时间为 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="75"/>
        <source>the CSCA certificate was not valid when the SOD was signed ({when})</source>
        <translation>SOD 签名时（{when}）CSCA 证书无效</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="78"/>
        <source>the Document Signer certificate was valid when it signed ({when})</source>
        <translation>签名时（{when}）文件签名证书有效</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="81"/>
        <source>no CRL of the issuing state is available: revocation cannot be checked</source>
        <translation>没有签发国的证书吊销列表：无法检查吊销状态</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="84"/>
        <source>the Document Signer certificate is on the state&apos;s CRL (revoked {when})</source>
        <translation>文件签名证书列于该国的证书吊销列表（{when} 吊销）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="87"/>
        <source>the Document Signer is not on the state&apos;s CRL of {when}</source>
        <translation>文件签名者不在该国 {when} 的证书吊销列表中</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="90"/>
        <source>the SOD uses {algorithm}, which this reader does not check</source>
        <translation>SOD 使用 {algorithm}，本阅读器不验证此算法</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="93"/>
        <source>{groups}: the hash differs from the one signed in the SOD</source>
        <translation>{groups}：哈希值与 SOD 中签名的不符</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="96"/>
        <source>{groups}: not in the SOD</source>
        <translation>{groups}：不在 SOD 中</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="97"/>
        <source>{count} data groups match the hashes signed in the SOD</source>
        <translation>{count} 个数据组与 SOD 中签名的哈希值相符</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="100"/>
        <source>the chip has no Active Authentication (no DG15): a clone would not show</source>
        <translation>芯片没有主动认证（无 DG15）：克隆芯片无法被识别</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="103"/>
        <source>DG15 holds no readable public key</source>
        <translation>DG15 中没有可读取的公钥</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="104"/>
        <source>DG15 holds a key this reader does not check</source>
        <translation>DG15 中的密钥本阅读器无法验证</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="107"/>
        <source>the chip does not answer INTERNAL AUTHENTICATE: it has no private key</source>
        <translation>芯片不响应 INTERNAL AUTHENTICATE 指令：它没有私钥</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="110"/>
        <source>the chip&apos;s answer to INTERNAL AUTHENTICATE cannot be read</source>
        <translation>无法读取芯片对 INTERNAL AUTHENTICATE 的应答</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="113"/>
        <source>the chip&apos;s answer is not an ECDSA signature</source>
        <translation>芯片的应答不是 ECDSA 签名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="114"/>
        <source>the chip&apos;s answer to a random challenge does not verify with the DG15 key: the data were copied onto another chip (a clone)</source>
        <translation>芯片对随机挑战的应答无法用 DG15 的密钥验证：数据被复制到了另一块芯片上（克隆）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="118"/>
        <source>the chip signed a random challenge with the key of DG15: it is the original</source>
        <translation>芯片用 DG15 的密钥对随机挑战签名：这是原装芯片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="121"/>
        <source>DG1 does not hold a readable MRZ</source>
        <translation>DG1 中没有可读取的机读区</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="122"/>
        <source>the printed MRZ differs from DG1 in {fields}</source>
        <translation>印刷的机读区与 DG1 在{fields}上不一致</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="123"/>
        <source>the visual zone differs from DG1 in {fields}</source>
        <translation>视读区与 DG1 在{fields}上不一致</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="124"/>
        <source>the printed MRZ differs from DG1 in {fields}; the visual zone differs from DG1 in {viz_fields}</source>
        <translation>印刷的机读区与 DG1 在{fields}上不一致；视读区与 DG1 在{viz_fields}上不一致</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="128"/>
        <source>DG1 matches the printed MRZ and the visual zone</source>
        <translation>DG1 与印刷的机读区和视读区一致</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="131"/>
        <source>the chip has no DG11 or DG12</source>
        <translation>芯片中没有 DG11 或 DG12</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="132"/>
        <source>the page prints none of the data in {groups}</source>
        <translation>资料页未印有 {groups} 中的任何资料</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="135"/>
        <source>the page differs from {groups} in {fields}</source>
        <translation>资料页在{fields}上与 {groups} 不符</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="136"/>
        <source>{groups} match the page</source>
        <translation>{groups} 与资料页相符</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="137"/>
        <source>no printed portrait to compare</source>
        <translation>没有可比对的印刷照片</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="138"/>
        <source>DG2&apos;s image cannot be decoded</source>
        <translation>无法解码 DG2 中的图像</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="139"/>
        <source>the printed portrait is not the chip&apos;s (mean difference {difference} grey levels): the photo on the page was changed</source>
        <translation>印刷照片不是芯片中的照片（平均相差 {difference} 个灰度级）：资料页上的照片被更换</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="143"/>
        <source>the printed portrait is the one stored in DG2</source>
        <translation>印刷照片与 DG2 中存储的照片一致</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="148"/>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="149"/>
        <source>surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="150"/>
        <source>given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="151"/>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="152"/>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="153"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="154"/>
        <source>date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="155"/>
        <source>issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="156"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="157"/>
        <source>personal number</source>
        <translation>个人号码</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="158"/>
        <source>place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="159"/>
        <source>issuing authority</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="160"/>
        <source>date of issue</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/chip_reasons.py" line="161"/>
        <source>optional data or fillers</source>
        <translation>可选数据或填充符</translation>
    </message>
</context>
<context>
    <name>ClassDashboard</name>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="41"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="42"/>
        <source>Connected</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="43"/>
        <source>On item</source>
        <translation>当前题目</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="44"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="45"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="46"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="54"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="56"/>
        <source>working</source>
        <translation>答题中</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="58"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="60"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="61"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="73"/>
        <source>connected</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="75"/>
        <source>not connected</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="88"/>
        <source>official</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="90"/>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="114"/>
        <source>Class</source>
        <translation>全班</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="134"/>
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="135"/>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="136"/>
        <source>Points lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/board_tables.py" line="137"/>
        <source>Graded</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/review.py" line="40"/>
        <source>Review: %1</source>
        <translation>回顾：%1</translation>
    </message>
</context>
<context>
    <name>ClassMenus</name>
    <message>
        <location filename="../../ui/classroom/menus.py" line="40"/>
        <source>&amp;Join a class…</source>
        <translation>加入班级(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/menus.py" line="43"/>
        <source>Class &amp;dashboard…</source>
        <translation>班级看板(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/menus.py" line="69"/>
        <source>Class session</source>
        <translation>课堂考试</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/menus.py" line="89"/>
        <source>Join a class</source>
        <translation>加入班级</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/menus.py" line="90"/>
        <source>Choose or create your trainee profile on the Training tab first.</source>
        <translation>请先在“训练”标签页选择或创建您的学员档案。</translation>
    </message>
</context>
<context>
    <name>CornerDialog</name>
    <message>
        <location filename="../../ui/author/corners.py" line="42"/>
        <source>top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="43"/>
        <source>top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="44"/>
        <source>bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="45"/>
        <source>bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="51"/>
        <source>The corners run the wrong way round: the capture would be mirrored. Put each handle on the page corner it is named after.</source>
        <translation>角点顺序颠倒：采集图像将被镜像。请将每个手柄放到与其名称对应的页面角上。</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="56"/>
        <source>Two edges of the outline cross: the capture would be folded over.</source>
        <translation>轮廓有两条边相交：采集图像将被折叠。</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="59"/>
        <source>One corner lies inside the others: a flat page cannot look like that.</source>
        <translation>有一个角点位于其他角点围成的区域内：平整的页面不可能是这样。</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="62"/>
        <source>The corners enclose almost nothing: drag each onto its page corner.</source>
        <translation>角点围成的区域几乎为零：请将每个手柄拖到对应的页面角上。</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="107"/>
        <source>Correct registration by the corners</source>
        <translation>按四角校正配准</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="127"/>
        <source>Drag the four handles onto the corners of the page in this capture: top left, top right, bottom right, bottom left. The capture is then stretched onto the scan.</source>
        <translation>将四个控制点拖到该采集图像中页面的四角：左上、右上、右下、左下。随后采集图像将被拉伸对齐到扫描件上。</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="188"/>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="189"/>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="190"/>
        <source>Bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="191"/>
        <source>Bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../../ui/author/corners.py" line="204"/>
        <source>%1 corner, %2 in capture pixels (drag the handle, or type)</source>
        <translation>%1角，%2 坐标（采集图像像素；拖动手柄或直接输入）</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="49"/>
        <source>Class dashboard</source>
        <translation>班级看板</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="66"/>
        <source>Reload sessions</source>
        <translation>重新载入课次</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="70"/>
        <source>Class server:</source>
        <translation>班级服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="72"/>
        <source>Session:</source>
        <translation>课次：</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="75"/>
        <source>Reports…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="78"/>
        <source>The class&apos;s PDF reports, CSV, xAPI statements and certificates, into a folder</source>
        <translation>将本班的 PDF 报告、CSV、xAPI 语句和结业证书写入一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="82"/>
        <location filename="../../ui/classroom/dashboard.py" line="221"/>
        <source>Close and grade</source>
        <translation>结束并评分</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="86"/>
        <source>End the session now and grade every attempt from its stored answers with the keys: the official scores, in place of the workstations&apos; own</source>
        <translation>立即结束本场，并用答案密钥根据已存的作答为每次作答评分：正式成绩取代各工作站自评的成绩</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="102"/>
        <source>Mastery per objective (share of points won)</source>
        <translation>各学习目标的掌握程度（得分比例）</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="104"/>
        <source>Items most missed</source>
        <translation>失分最多的题目</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="107"/>
        <source>Trainees (double-click to review)</source>
        <translation>学员（双击查看回顾）</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="149"/>
        <source>No class session on this server yet.</source>
        <translation>此服务器上还没有班级课次。</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="176"/>
        <source>%1 of %2 connected · %3 answers · updated %4</source>
        <translation>%2 人中 %1 人在线 · %3 个答案 · 更新于 %4</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="184"/>
        <source>The class server did not answer: %1</source>
        <translation>班级服务器没有响应：%1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="210"/>
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="222"/>
        <source>End session %1 for everyone now and grade it?</source>
        <translation>立即为所有人结束场次 %1 并评分？</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="233"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="241"/>
        <source>Write the class&apos;s reports into</source>
        <translation>将本班报告写入</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="252"/>
        <location filename="../../ui/classroom/dashboard.py" line="260"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="256"/>
        <source>%1 files written into %2.</source>
        <translation>已将 %1 个文件写入 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/dashboard.py" line="259"/>
        <source>No certificate (no pass yet):</source>
        <translation>未颁发证书（尚未通过）：</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="50"/>
        <source>Document code</source>
        <translation>证件代码</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="51"/>
        <location filename="../../ui/author/document_dialog.py" line="104"/>
        <source>Issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="52"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="53"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="54"/>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="55"/>
        <source>Nationality (code)</source>
        <translation>国籍（代码）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="56"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="57"/>
        <source>Sex (M, F, X)</source>
        <translation>性别（M、F、X）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="58"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="59"/>
        <source>Date of issue</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="60"/>
        <source>Place of birth</source>
        <translation>出生地</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="61"/>
        <source>Personal number</source>
        <translation>个人号码</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="62"/>
        <source>Authority</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="75"/>
        <source>Document data: %1</source>
        <translation>证件数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="90"/>
        <source>Three letters of a fictional state, e.g. UTO</source>
        <translation>虚构国家的三字母代码，例如 UTO</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="93"/>
        <source>The design series: genuine documents of one series look alike</source>
        <translation>设计系列：同一系列的真实证件外观相同</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="99"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="101"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="102"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="103"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="105"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="106"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="108"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="111"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="111"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="111"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="111"/>
        <source>Reverse</source>
        <translation>背面</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="119"/>
        <source>The page printed on the other side of the same sheet</source>
        <translation>印在同一张纸另一面的页面</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="120"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="135"/>
        <source>Visual zone (as printed)</source>
        <translation>视读区（按印刷内容）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="157"/>
        <source>The MRZ as printed, one line per line; leave empty if none</source>
        <translation>按印刷内容填写机读区，每行一行；没有则留空</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="159"/>
        <source>Build MRZ from the visual zone</source>
        <translation>由视读区生成机读区</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="161"/>
        <source>Encode the visual zone with every check digit (the MRZ engine)</source>
        <translation>用机读区引擎编码视读区数据并计算全部校验位</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="169"/>
        <source>Machine-readable zone</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="173"/>
        <source>&lt;b&gt;Checks&lt;/b&gt; (MRZ engine, as you type)</source>
        <translation>&lt;b&gt;检查&lt;/b&gt;（机读区引擎，随输入更新）</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="243"/>
        <source>Cannot build the MRZ: %1</source>
        <translation>无法生成机读区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="255"/>
        <source>Disagrees</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="255"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="260"/>
        <source>No MRZ: this specimen gives no MRZ exercise.</source>
        <translation>无机读区：此样本不会生成机读区练习。</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="262"/>
        <source>Every check digit is right and the MRZ agrees with the visual zone.</source>
        <translation>所有校验位正确，机读区与视读区一致。</translation>
    </message>
    <message>
        <location filename="../../ui/author/document_dialog.py" line="266"/>
        <source>Problems: %1 (MRZ against the visual zone: %2)</source>
        <translation>问题：%1 个（机读区与视读区不一致：%2 个）</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <location filename="../../ui/training/drill.py" line="73"/>
        <source>Press Enter (or Start) when ready: the clock runs per document. Then clear each document (1 or C) or refer it to the second line (2 or R).</source>
        <translation>准备好后按回车（或&quot;开始&quot;）：每份证件单独计时。然后对每份证件作出决定：放行（1 或 C），或移交二线查验（2 或 R）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="78"/>
        <source>Clear (1 / C)</source>
        <translation>放行（1 / C）</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="80"/>
        <source>Refer to second line (2 / R)</source>
        <translation>移交二线（2 / R）</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="92"/>
        <source>Not named</source>
        <translation>不指明</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="103"/>
        <source>Fraud type, if you refer (optional):</source>
        <translation>移交时的造假类型（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="154"/>
        <source>&lt;b&gt;Drill finished&lt;/b&gt; · %1 documents</source>
        <translation>&lt;b&gt;训练结束&lt;/b&gt; · 共 %1 份证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="158"/>
        <source>&lt;b&gt;Document %1 of %2&lt;/b&gt; · %3 s each</source>
        <translation>&lt;b&gt;第 %1 份，共 %2 份&lt;/b&gt; · 每份 %3 秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="167"/>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="181"/>
        <source>Time ran out on document %1: no decision.</source>
        <translation>第 %1 份证件超时：未作决定。</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="201"/>
        <source>Clear: key 1 or C. Refer to the second line: key 2 or R.</source>
        <translation>放行：按 1 或 C。移交二线：按 2 或 R。</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill.py" line="216"/>
        <location filename="../../ui/training/drill.py" line="255"/>
        <source>Drill finished</source>
        <translation>训练结束</translation>
    </message>
</context>
<context>
    <name>DrillReview</name>
    <message>
        <location filename="../../ui/training/drill_review.py" line="105"/>
        <source>(no image)</source>
        <translation>（无图像）</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="131"/>
        <source>Document %1</source>
        <translation>第 %1 份证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="138"/>
        <source>No decision: the time ran out.</source>
        <translation>未作决定：时间已到。</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="143"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="146"/>
        <source>Refer to second line: %1</source>
        <translation>移交二线：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="148"/>
        <source>Clear: a genuine document</source>
        <translation>放行：真实证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="150"/>
        <source>Your decision: %1</source>
        <translation>你的决定：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="151"/>
        <source>Right decision: %1</source>
        <translation>正确决定：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="162"/>
        <source>What should have made you refer it:</source>
        <translation>本应让你移交的迹象：</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="164"/>
        <source>What shows at the first line:</source>
        <translation>一线可见的迹象：</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="168"/>
        <source>Nothing shows at a glance under white light; the second line finds:</source>
        <translation>白光下一眼看不出问题；二线查验可发现：</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="171"/>
        <source>No signs are recorded for this document.</source>
        <translation>此证件未记录造假迹象。</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="181"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/training/drill_review.py" line="184"/>
        <source>Chip: FAIL</source>
        <translation>芯片：验证失败</translation>
    </message>
</context>
<context>
    <name>ExerciseBar</name>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="19"/>
        <source>&lt;small&gt;&lt;b&gt;Keys&lt;/b&gt;: Enter submit · N / P next / previous · K marking on/off · Delete remove mark · C compare · W O B X U I A T lights · M loupe · Ctrl+Enter finish&lt;/small&gt;</source>
        <translation>&lt;small&gt;&lt;b&gt;按键&lt;/b&gt;：Enter 提交 · N / P 下一题/上一题 · K 标记开/关 · Delete 删除标记 · C 比对 · W O B X U I A T 光源 · M 放大镜 · Ctrl+Enter 结束&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="47"/>
        <source>◀ Previous (P)</source>
        <translation>◀ 上一题（P）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="49"/>
        <source>Next (N) ▶</source>
        <translation>下一题（N）▶</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="51"/>
        <source>Finish exam</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="51"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_bar.py" line="53"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="121"/>
        <source>Compare with a genuine one (C)</source>
        <translation>与真证比对（C）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="216"/>
        <source>Item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="293"/>
        <source>&lt;b&gt;Item %1 of %2&lt;/b&gt; · %3 · %4 answered</source>
        <translation>&lt;b&gt;第 %1 题，共 %2 题&lt;/b&gt; · %3 · 已答 %4 题</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="261"/>
        <location filename="../../ui/training/exercise_page.py" line="365"/>
        <source>Answer saved.</source>
        <translation>答案已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="98"/>
        <source>Case file and interview</source>
        <translation>案卷与问询</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="99"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="114"/>
        <source>Hint (F1)</source>
        <translation>提示 (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="116"/>
        <source>Show solution</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="119"/>
        <source>Shows the key for this item; an item solved so does not count toward mastery.</source>
        <translation>显示本题答案；以此方式完成的题目不计入掌握程度。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="313"/>
        <source>Start / decide (Enter)</source>
        <translation>开始/判定（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="315"/>
        <source>See the results (Enter)</source>
        <translation>查看结果（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="315"/>
        <source>Next item (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="317"/>
        <source>Submit answer (Enter)</source>
        <translation>提交答案（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="345"/>
        <source>Choose a verdict (keys 1-4) first.</source>
        <translation>请先选择结论（按键 1-4）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="355"/>
        <source>Give an answer first.</source>
        <translation>请先作答。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="372"/>
        <source>All answered. Check them, or finish the exam.</source>
        <translation>已全部作答。可检查答案，或交卷。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="408"/>
        <source>Choose an answer first: the solution comes with it.</source>
        <translation>请先作答：答案随后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="424"/>
        <source>Solution shown: this item does not count toward your mastery.</source>
        <translation>已显示答案：本题不计入你的掌握程度。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="479"/>
        <source>No genuine reference of this document type in the library.</source>
        <translation>样本库中没有该类证件的真证参照样本。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="487"/>
        <source>Time left %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="494"/>
        <source>Time %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="505"/>
        <source>%1 item(s) unanswered. Press Finish again to finish anyway.</source>
        <translation>还有 %1 题未作答。再次点击“交卷”即可直接交卷。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="506"/>
        <source>Finish anyway</source>
        <translation>仍然交卷</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="509"/>
        <source>%1 item(s) not done yet. Press End again to end the practice here: it is kept as ended, not as a failed attempt.</source>
        <translation>还有 %1 道题未完成。再按一次“结束”即在此结束练习：记为“已结束”，而不是未通过。</translation>
    </message>
    <message>
        <location filename="../../ui/training/exercise_page.py" line="512"/>
        <source>End practice</source>
        <translation>结束练习</translation>
    </message>
</context>
<context>
    <name>ExerciseSetEditor</name>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="78"/>
        <source>Exercise sets of %1</source>
        <translation>%1 的练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="83"/>
        <source>New set</source>
        <translation>新建练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="84"/>
        <source>Delete set</source>
        <translation>删除练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="87"/>
        <source>New set (Ctrl+N)</source>
        <translation>新建练习集（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="91"/>
        <source>&lt;b&gt;Sets in this pack&lt;/b&gt;</source>
        <translation>&lt;b&gt;本样本包中的练习集&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="101"/>
        <source>Tick the specimens the set uses</source>
        <translation>勾选该练习集使用的样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="102"/>
        <source>Add from library…</source>
        <translation>从样本库添加…</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="104"/>
        <source>Copy a genuine or forged specimen from the library into this pack</source>
        <translation>将样本库中的真证或伪/变造样本复制到本样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="107"/>
        <source>Preview as trainee</source>
        <translation>以学员身份预览</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="108"/>
        <source>Open the selected specimen in the study viewer (F5)</source>
        <translation>在学习查看器中打开所选样本（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="111"/>
        <source>Exercise types</source>
        <translation>练习类型</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="120"/>
        <source>Practice: feedback after each answer</source>
        <translation>练习模式：每题作答后给出反馈</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="121"/>
        <source>Exam: timed, answers shown at the end</source>
        <translation>考试：限时，结束后显示答案</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="125"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="133"/>
        <source> s per document</source>
        <translation> 秒/份证件</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="135"/>
        <source>Set id</source>
        <translation>练习集 ID</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="136"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="137"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="144"/>
        <source>Specimens</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="146"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="147"/>
        <source>Time limit (exam)</source>
        <translation>时限（考试）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="148"/>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="149"/>
        <source>Drill pace</source>
        <translation>判读速度</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="153"/>
        <source>Untick an item to leave it out of the set</source>
        <translation>取消勾选即可将该题目排除在练习集之外</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="154"/>
        <source>List the items</source>
        <translation>列出题目</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="156"/>
        <source>Build the items the chosen specimens and types give, to pick from</source>
        <translation>根据所选样本和题型生成题目以供挑选</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="159"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="159"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="168"/>
        <source>&lt;b&gt;Items in the set&lt;/b&gt;</source>
        <translation>&lt;b&gt;练习集中的题目&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="178"/>
        <source>Save set in pack</source>
        <translation>将练习集保存到样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="182"/>
        <source>Build the exercises and store the set in the pack (Ctrl+S)</source>
        <translation>生成练习并将练习集保存到样本包（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="185"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="212"/>
        <source>%1 exercises</source>
        <translation>%1 道练习</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="291"/>
        <source>Exercise set %1</source>
        <translation>练习集 %1</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="310"/>
        <source>%1 of %2 items chosen</source>
        <translation>已选 %1 / %2 个题目</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="329"/>
        <location filename="../../ui/author/exercise_editor.py" line="391"/>
        <source>Exercise set</source>
        <translation>练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="344"/>
        <source>MRZ check asked, but these specimens give no MRZ item: %1</source>
        <translation>已选择机读区检查，但以下样本无法生成机读区题目：%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="373"/>
        <source>%1 to find</source>
        <translation>需找出 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="378"/>
        <source>%1 documents</source>
        <translation>%1 份证件</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="398"/>
        <source>Save exercise set</source>
        <translation>保存练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="411"/>
        <source>Delete exercise set</source>
        <translation>删除练习集</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="426"/>
        <location filename="../../ui/author/exercise_editor.py" line="430"/>
        <source>Library</source>
        <translation>样本库</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="430"/>
        <source>The library has no specimens yet.</source>
        <translation>样本库中还没有样本。</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="438"/>
        <source>Add from library</source>
        <translation>从样本库添加</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="438"/>
        <source>Specimen:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="452"/>
        <source>Add specimen</source>
        <translation>添加样本</translation>
    </message>
</context>
<context>
    <name>FacePanel</name>
    <message>
        <location filename="../../ui/training/face_panel.py" line="62"/>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="63"/>
        <source>differ</source>
        <translation>不同</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="64"/>
        <source>cannot compare</source>
        <translation>无法比对</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="117"/>
        <source>The traveller at the booth</source>
        <translation>查验台前的旅客</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="119"/>
        <source>Portrait in the earlier passport</source>
        <translation>早先护照中的证件照</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="237"/>
        <source>Drawing the photo…</source>
        <translation>正在绘制照片…</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="258"/>
        <source>Click (or Z) to see the photo larger</source>
        <translation>单击（或按 Z）查看大图</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="164"/>
        <source>Larger photo… (Z)</source>
        <translation>放大照片…（Z）</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="85"/>
        <source>One of the photos does not show it: hair, a beard, glasses or a shadow cover it, or it is gone.</source>
        <translation>其中一张照片未显示该特征：被头发、胡须、眼镜或阴影遮住，或已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="179"/>
        <source>Same person (%1)</source>
        <translation>同一人（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="181"/>
        <source>Different person (%1)</source>
        <translation>不同人（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="196"/>
        <source>The booth&apos;s camera stands closer than a studio&apos;s: a nose and lips look a little wider in its photo.</source>
        <translation>查验台的相机比照相馆的更近：其照片中的鼻子和嘴唇会显得稍宽。</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="218"/>
        <source>&lt;b&gt;Feature by feature&lt;/b&gt; (keys: Tab, + agree, - differ, 0 cannot compare)</source>
        <translation>&lt;b&gt;逐项特征&lt;/b&gt;（按键：Tab 切换，+ 一致，- 不同，0 无法比对）</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="265"/>
        <source>The photo could not be drawn: %1</source>
        <translation>无法绘制照片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="295"/>
        <source>%1 s left to decide</source>
        <translation>还剩 %1 秒作出决定</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="312"/>
        <source>Time ran out: no decision.</source>
        <translation>时间已到：未作决定。</translation>
    </message>
    <message>
        <location filename="../../ui/training/face_panel.py" line="170"/>
        <source>Chip reader… (R)</source>
        <translation>芯片阅读器…（R）</translation>
    </message>
</context>
<context>
    <name>FeatureList</name>
    <message>
        <location filename="../../ui/author/feature_list.py" line="36"/>
        <source>Features in draw order (later ones on top); untick to hide one on the canvas</source>
        <translation>按绘制顺序排列的特征（后绘制的在上层）；取消勾选可在画布上隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="38"/>
        <source>Draw earlier</source>
        <translation>提前绘制</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="39"/>
        <source>Move the selected feature down in the draw order</source>
        <translation>将所选特征在绘制顺序中下移</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="40"/>
        <source>Draw later</source>
        <translation>延后绘制</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="41"/>
        <source>Move the selected feature up, over the others</source>
        <translation>将所选特征上移，覆盖其他特征</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="49"/>
        <source>&lt;b&gt;Features on this page&lt;/b&gt;</source>
        <translation>&lt;b&gt;本页特征&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/author/feature_list.py" line="116"/>
        <source>Change draw order</source>
        <translation>更改绘制顺序</translation>
    </message>
</context>
<context>
    <name>FeaturePanel</name>
    <message>
        <location filename="../../ui/viewer/feature_panel.py" line="50"/>
        <source>Click a highlighted region on the page to learn about that feature.</source>
        <translation>点击页面上高亮的区域，了解该防伪特征。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/feature_panel.py" line="55"/>
        <source>Outlined: the features this light reveals. All features (Shift+H) adds the others, dashed.</source>
        <translation>描边区域：当前光源可显示的特征。“全部特征”（Shift+H）以虚线显示其余特征。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/feature_panel.py" line="64"/>
        <source>How to check</source>
        <translation>检验方法</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/feature_panel.py" line="65"/>
        <source>Revealed by</source>
        <translation>显现光源</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/feature_panel.py" line="86"/>
        <source>Show me under %1</source>
        <translation>在%1下查看</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/training/feedback.py" line="93"/>
        <source>%1 of %2 points</source>
        <translation>得分 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="102"/>
        <source>found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="102"/>
        <source>missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="102"/>
        <source>false marks</source>
        <translation>误标</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="103"/>
        <source>solid green</source>
        <translation>绿色实线</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="103"/>
        <source>dashed orange</source>
        <translation>橙色虚线</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="104"/>
        <source>purple cross</source>
        <translation>紫色叉号</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="106"/>
        <source>marked, not in this case</source>
        <translation>已标记，但本案中没有</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="130"/>
        <source>Show me under %1</source>
        <translation>在%1下查看</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="142"/>
        <source>Document %1</source>
        <translation>第 %1 份证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="166"/>
        <source>Right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="171"/>
        <source>Your answer: %1</source>
        <translation>您的答案：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="176"/>
        <source>Revealed by: %1</source>
        <translation>显现光源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/feedback.py" line="178"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/viewer/glossary.py" line="31"/>
        <source>Glossary of security features</source>
        <translation>防伪特征术语表</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/glossary.py" line="35"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/glossary.py" line="35"/>
        <source>Other language</source>
        <translation>另一种语言</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/glossary.py" line="77"/>
        <source>Choose a feature to read what it is.</source>
        <translation>选择一个防伪特征，查看其说明。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/glossary.py" line="80"/>
        <source>How to check</source>
        <translation>检验方法</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/import_pack.py" line="26"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="26"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="29"/>
        <location filename="../../ui/import_pack.py" line="124"/>
        <location filename="../../ui/import_pack.py" line="148"/>
        <source>Import pack</source>
        <translation>导入样本包</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="64"/>
        <source>Unpacking %1…</source>
        <translation>正在解压 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="65"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="66"/>
        <source>Adding %1 to the library…</source>
        <translation>正在将 %1 加入样本库…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="67"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="75"/>
        <source>Imported pack “%1”, version %2, with %3 specimen(s).</source>
        <translation>已导入资料包“%1”，版本 %2，含 %3 个样本。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="107"/>
        <source>a newer version</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="109"/>
        <source>an older version</source>
        <translation>较旧的版本</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="111"/>
        <source>the same version</source>
        <translation>相同的版本</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="114"/>
        <source>The library already holds pack “%1”, version %2. This file holds %3: version %4.

Replace the pack in the library with version %4?</source>
        <translation>资料库中已有资料包“%1”，版本 %2。此文件包含%3：版本 %4。

用版本 %4 替换资料库中的资料包吗？</translation>
    </message>
    <message>
        <location filename="../../ui/import_pack.py" line="95"/>
        <location filename="../../ui/import_pack.py" line="140"/>
        <source>%1 was not imported; your library is unchanged.</source>
        <translation>%1 未导入；您的样本库保持不变。</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../ui/training/item_view.py" line="128"/>
        <source>the document could not be opened.</source>
        <translation>无法打开该证件。</translation>
    </message>
    <message>
        <location filename="../../ui/training/item_view.py" line="211"/>
        <source>Document %1</source>
        <translation>证件 %1</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="50"/>
        <source>Join a class</source>
        <translation>加入班级</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="59"/>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="60"/>
        <source>Class server:</source>
        <translation>班级服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="61"/>
        <source>Class code:</source>
        <translation>班级代码：</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="69"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="88"/>
        <source>Looking for the session…</source>
        <translation>正在查找课次…</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="95"/>
        <source>Could not join: %1</source>
        <translation>无法加入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="108"/>
        <source>Seated in %1, class %2. The set starts for everyone together; keep this open.</source>
        <translation>已加入 %1（班级 %2）。全班将同时开始，请保持此窗口打开。</translation>
    </message>
    <message>
        <location filename="../../ui/classroom/join_dialog.py" line="128"/>
        <source>Starts in %1</source>
        <translation>%1 后开始</translation>
    </message>
</context>
<context>
    <name>LightBar</name>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="71"/>
        <source>IR filter cut-off: inks transparent above it vanish</source>
        <translation>红外滤光片截止波长：在此波长以上透明的油墨会消失</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="84"/>
        <source>Direction the oblique light comes from (drag)</source>
        <translation>侧光的入射方向（拖动）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="85"/>
        <source>Elevation of the light</source>
        <translation>光源高度角</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="86"/>
        <source>Tilt the document (OVD, latent image)</source>
        <translation>倾斜证件（光学可变装置、隐性图像）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="102"/>
        <location filename="../../ui/viewer/light_bar.py" line="201"/>
        <source>Switch UV lamp off</source>
        <translation>关闭紫外灯</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="105"/>
        <source>Watch phosphorescent ink keep glowing after the lamp (G)</source>
        <translation>观察关灯后磷光油墨的余辉（G）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="162"/>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="164"/>
        <source>Generated</source>
        <translation>程序生成</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="168"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="170"/>
        <source>Captured</source>
        <translation>实拍</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="176"/>
        <source>Captured: a real image under this light shipped with the specimen.
Generated: docexam drew this specimen; no real document was photographed.
Simulated: computed from the page and its materials; an approximation.</source>
        <translation>实拍：样本附带了在此光源下拍摄的真实图像。
程序生成：此样本由 docexam 绘制，并非真实证件的照片。
模拟：根据页面及其材料计算得出，仅为近似效果。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="199"/>
        <source>Switch UV lamp on</source>
        <translation>打开紫外灯</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="219"/>
        <source>from %1°, %2° high</source>
        <translation>方向 %1°，高度 %2°</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="222"/>
        <source>tilted %1°</source>
        <translation>倾斜 %1°</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/light_bar.py" line="225"/>
        <source>lamp off %1 s ago</source>
        <translation>关灯 %1 秒</translation>
    </message>
</context>
<context>
    <name>LightPanel</name>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="196"/>
        <source>The feature is outlined (dotted). Try the lights on the bar above, then tick every light that reveals it.</source>
        <translation>该特征已用虚线框出。请试用上方工具栏中的各种光源，然后勾选所有能显示该特征的光源。</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../ui/training/chart.py" line="68"/>
        <source>No finished attempts yet</source>
        <translation>尚无已完成的答题记录</translation>
    </message>
    <message>
        <location filename="../../ui/training/chart.py" line="94"/>
        <source>pass mark</source>
        <translation>及格线</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>docexam: document examination trainer</source>
        <translation>docexam：证件检验培训</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <location filename="../../ui/training/slot.py" line="26"/>
        <source>Opening your results…</source>
        <translation>正在打开您的成绩记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Preparing specimens %v/%m</source>
        <translation>正在准备样本 %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Generating the bundled specimens (first start only); you can work meanwhile.</source>
        <translation>正在生成内置样本（仅首次启动）；您可以同时继续工作。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>The bundled specimens are ready.</source>
        <translation>内置样本已准备就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Bundled specimens</source>
        <translation>内置样本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Could not generate the bundled specimens:</source>
        <translation>无法生成内置样本：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Import pack…</source>
        <translation>导入样本包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Import pack &amp;folder…</source>
        <translation>导入样本包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Specimen</source>
        <translation>样本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Compare with a reference…</source>
        <translation>与参照样本比对(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;Stop comparing</source>
        <translation>停止比对(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;Light</source>
        <translation>光源(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Find specimen</source>
        <translation>查找样本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Library</source>
        <translation>样本库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>&amp;About docexam</source>
        <translation>关于 docexam(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>%1 packs in the library</source>
        <translation>样本库中共有 %1 个样本包</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Open specimen</source>
        <translation>打开样本</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Import pack</source>
        <translation>导入样本包</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Specimen packs (*.dxpack *.zip);;All files (*)</source>
        <translation>样本包 (*.dxpack *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Import pack folder (the folder holding pack.json)</source>
        <translation>导入样本包文件夹（包含 pack.json 的文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>No genuine specimen of this document type to compare with.</source>
        <translation>没有可用于比对的同类真证样本。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Compare with a reference</source>
        <translation>与参照样本比对</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>Reference specimen:</source>
        <translation>参照样本：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486"/>
        <source>The new language applies when docexam starts next time.</source>
        <translation>新的界面语言将在下次启动 docexam 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>About docexam</source>
        <translation>关于 docexam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>docexam %1
An offline trainer for travel-document examiners.
All specimens are fictional; simulated light views are approximations.</source>
        <translation>docexam %1
供旅行证件检验人员使用的离线培训软件。
所有样本均为虚构；模拟光源效果仅为近似。</translation>
    </message>
</context>
<context>
    <name>MarkLayer</name>
    <message>
        <location filename="../../ui/training/marks.py" line="93"/>
        <source>Your mark: drag to move, Delete to remove</source>
        <translation>您的标记：拖动可移动，按 Delete 删除</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="80"/>
        <source>The colour it glows in</source>
        <translation>发光颜色</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="88"/>
        <source>How bright it glows</source>
        <translation>发光强度</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="97"/>
        <source>Glow colour</source>
        <translation>发光颜色</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="169"/>
        <source>Material of %1</source>
        <translation>%1 的材料</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="176"/>
        <source>Glows under</source>
        <translation>在以下光源下发光</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="183"/>
        <source>Dark in IR below</source>
        <translation>红外下变暗，低于</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="192"/>
        <source>Drop-out ink about 700 nm; carbon ink (the MRZ) 2000 nm: always dark</source>
        <translation>红外消失油墨约 700 nm；碳素油墨（机读区）2000 nm：始终为暗</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="198"/>
        <source>Raised (+) or engraved (−) print, for oblique light</source>
        <translation>凸起（+）或凹刻（−）印刷，用于侧光</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="204"/>
        <source>Density change in transmitted light: − brighter (watermark), + darker</source>
        <translation>透射光下的密度变化：− 更亮（水印），+ 更暗</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="207"/>
        <source>The printed pixels of the scan</source>
        <translation>扫描图像中的印刷像素</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="208"/>
        <source>The whole region</source>
        <translation>整个区域</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="214"/>
        <source>Infrared</source>
        <translation>红外</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="215"/>
        <source>Relief</source>
        <translation>浮雕</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="216"/>
        <source>Transmitted light</source>
        <translation>透射光</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="217"/>
        <source>Acts on</source>
        <translation>作用于</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="218"/>
        <source>Other lights</source>
        <translation>其他光源</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="220"/>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="222"/>
        <source>Keep this material under a name, to pick it for other features</source>
        <translation>以名称保存此材料，供其他特征选用</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="243"/>
        <source>Preview (simulated light)</source>
        <translation>预览（模拟光源）</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="246"/>
        <source>Light:</source>
        <translation>光源：</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="307"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="307"/>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="320"/>
        <source>Saved as preset “%1”.</source>
        <translation>已保存为预设“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="346"/>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <location filename="../../ui/author/material_dialog.py" line="363"/>
        <source>Simulated under %1, from the white scan.</source>
        <translation>由白光扫描模拟 %1 下的效果。</translation>
    </message>
</context>
<context>
    <name>MrzPanel</name>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="59"/>
        <source>Click each wrong check digit. Nothing selected means the MRZ is correct.</source>
        <translation>点击每个错误的校验位。未选中任何字符表示机读区正确。</translation>
    </message>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="62"/>
        <source>Compare with the data page. Click any character of a field that disagrees with the visual zone (the whole field is selected).</source>
        <translation>与资料页比对。点击与视读区不一致的字段中的任意字符（将选中整个字段）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="89"/>
        <source>line %1, position %2</source>
        <translation>第 %1 行，第 %2 位</translation>
    </message>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="112"/>
        <source>Nothing selected: you say the MRZ is correct.</source>
        <translation>未选中任何字符：即判定机读区正确。</translation>
    </message>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="116"/>
        <source>Selected fields: %1</source>
        <translation>已选字段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/mrz_panel.py" line="119"/>
        <source>Selected (line:position): %1</source>
        <translation>已选（行:位）：%1</translation>
    </message>
</context>
<context>
    <name>NewPackDialog</name>
    <message>
        <location filename="../../ui/author/opening.py" line="79"/>
        <location filename="../../ui/author/opening.py" line="112"/>
        <source>New pack</source>
        <translation>新建样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="82"/>
        <source>Lower-case letters, digits, dot, dash, underscore</source>
        <translation>小写字母、数字、点、连字符、下划线</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="86"/>
        <source>Pack id</source>
        <translation>样本包 ID</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="87"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="88"/>
        <source>Title (中文)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="89"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="90"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="113"/>
        <source>The pack id must be lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>样本包 ID 只能包含小写字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/author/problems.py" line="27"/>
        <source>Click a problem to select the feature it is about</source>
        <translation>点击问题可选中相关特征</translation>
    </message>
    <message>
        <location filename="../../ui/author/problems.py" line="59"/>
        <source>&lt;b&gt;%1 problem(s)&lt;/b&gt;: the pack cannot be shared until they are fixed.</source>
        <translation>&lt;b&gt;%1 个问题&lt;/b&gt;：修正之前无法分享此样本包。</translation>
    </message>
    <message>
        <location filename="../../ui/author/problems.py" line="65"/>
        <source>&lt;b&gt;Ready to share&lt;/b&gt;, with %1 suggestion(s) (⚠) worth a look first.</source>
        <translation>&lt;b&gt;可以分享&lt;/b&gt;，另有 %1 条建议（⚠）值得先看一下。</translation>
    </message>
    <message>
        <location filename="../../ui/author/problems.py" line="69"/>
        <source>&lt;b&gt;No problems&lt;/b&gt;: the pack is ready to share.</source>
        <translation>&lt;b&gt;没有问题&lt;/b&gt;：样本包可以分享。</translation>
    </message>
    <message>
        <location filename="../../ui/author/problems.py" line="73"/>
        <source>&lt;b&gt;Checking…&lt;/b&gt;</source>
        <translation>&lt;b&gt;正在检查…&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/training/profile.py" line="19"/>
        <source>New trainee profile</source>
        <translation>新建学员档案</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="22"/>
        <source>e.g. Anna Eriksson</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="25"/>
        <source>e.g. Border police, airport</source>
        <translation>例如：边检站，机场</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="29"/>
        <source>1 · First line (booth)</source>
        <translation>1 · 一线（查验台）</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="30"/>
        <source>2 · Second line (document officer)</source>
        <translation>2 · 二线（证件核查员）</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="31"/>
        <source>3 · Expert (forensic examiner)</source>
        <translation>3 · 专家（证件鉴定人员）</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="34"/>
        <source>The profile stays on this workstation, with your results.</source>
        <translation>学员档案与您的成绩均只保存在本工作站。</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="39"/>
        <source>Create profile</source>
        <translation>创建档案</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="44"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="45"/>
        <source>Service:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/training/profile.py" line="46"/>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/training/progress_page.py" line="64"/>
        <source>Progress of %1</source>
        <translation>%1 的学习进度</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="66"/>
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="69"/>
        <source>Practise my weak points</source>
        <translation>练习薄弱环节</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="81"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="81"/>
        <source>Mastery</source>
        <translation>掌握程度</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="81"/>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="87"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="87"/>
        <source>Set</source>
        <translation>练习集</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="87"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="87"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="107"/>
        <source>Mastery per objective</source>
        <translation>各学习目标掌握程度</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="109"/>
        <source>Scores over time</source>
        <translation>成绩趋势</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="111"/>
        <source>Attempts</source>
        <translation>答题记录</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="115"/>
        <source>Weakest features and fraud types</source>
        <translation>最薄弱的特征和欺诈类型</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="181"/>
        <source>%1 of %2 points</source>
        <translation>%1/%2 分</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="187"/>
        <source>ended: %1 of %2 items</source>
        <translation>已结束：完成 %1/%2 题</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="192"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="220"/>
        <source>%1 attempts: %2 finished, %3 ended early, %4 unfinished · %5 items done, %6 with the solution shown</source>
        <translation>%1 次作答：%2 次完成，%3 次提前结束，%4 次未完成 · 共做 %5 题，其中 %6 题显示了答案</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="234"/>
        <source>Nothing to show yet: answer a few exercises first.</source>
        <translation>暂无数据：请先完成几道练习。</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="238"/>
        <source>Nothing missed so far: no feature or fraud type.</source>
        <translation>到目前为止没有漏掉任何特征或伪造类型。</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="242"/>
        <source>Features you miss</source>
        <translation>您常遗漏的防伪特征</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="248"/>
        <source>Fraud types you misjudge</source>
        <translation>您常判断错误的欺诈类型</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="256"/>
        <source>missed %1 of %2</source>
        <translation>%2 次中漏掉 %1 次</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ui/author/properties.py" line="90"/>
        <location filename="../../ui/author/properties.py" line="221"/>
        <source>Select a feature, or draw one (R, E, P).</source>
        <translation>选择一个特征，或绘制一个（R、E、P）。</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="94"/>
        <source>The kind of security feature, from the taxonomy</source>
        <translation>防伪特征的种类（取自分类体系）</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="102"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="102"/>
        <source>How to check</source>
        <translation>检验方法</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="117"/>
        <source>Revealed by</source>
        <translation>显现光源</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="126"/>
        <source>How the feature behaves in simulated light on this scan</source>
        <translation>该特征在此扫描件的模拟光源下的表现</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="307"/>
        <source>Custom material (kept as it is)</source>
        <translation>自定义材料（保持不变）</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="167"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="129"/>
        <source>Material…</source>
        <translation>材料…</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="132"/>
        <source>Colour and intensity per light, with a preview of the simulated light</source>
        <translation>按光源设置颜色和强度，并预览模拟光效果</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="140"/>
        <source>Type to find a category…</source>
        <translation>输入以查找类别…</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="153"/>
        <source>w</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="153"/>
        <source>h</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="166"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="168"/>
        <source>Simulated material</source>
        <translation>模拟材料</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="169"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="170"/>
        <source>Box</source>
        <translation>外框</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="224"/>
        <source>&lt;b&gt;Feature&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;特征&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="252"/>
        <source>%1, %2 × %3 mm at (%4, %5)</source>
        <translation>%1，%2 × %3 毫米，位于 (%4, %5)</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="273"/>
        <source>Change category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="293"/>
        <source>Edit geometry</source>
        <translation>编辑几何形状</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="335"/>
        <source>Edit material</source>
        <translation>编辑材料</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="348"/>
        <location filename="../../ui/author/properties.py" line="350"/>
        <source>Change material</source>
        <translation>更改材料</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="356"/>
        <source>Change lights</source>
        <translation>更改光源</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="369"/>
        <source>Rename feature</source>
        <translation>重命名特征</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="370"/>
        <source>Edit description</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <location filename="../../ui/author/properties.py" line="371"/>
        <source>Edit how to check</source>
        <translation>编辑检验方法</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/training/review_page.py" line="69"/>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="69"/>
        <source>Not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="75"/>
        <source>Practice ended: %1 of %2 items done.</source>
        <translation>练习已结束：完成 %1/%2 题。</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="80"/>
        <source>%1: %2 of %3 points (%4%)</source>
        <translation>%1：%3 分中得 %2 分（%4%）</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="94"/>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="94"/>
        <source>Missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="94"/>
        <source>False marks</source>
        <translation>误标</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="118"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="120"/>
        <source>%1 of %2 points</source>
        <translation>%2 分中得 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="136"/>
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="140"/>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="155"/>
        <source>Items:</source>
        <translation>题目：</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="190"/>
        <source>Item %1: %2</source>
        <translation>第 %1 题：%2</translation>
    </message>
    <message>
        <location filename="../../ui/training/review_page.py" line="208"/>
        <source>&lt;h3&gt;Not answered&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;未作答&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>ScansDialog</name>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="102"/>
        <source>New specimen from scans</source>
        <translation>从扫描件新建样本</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="106"/>
        <source>Specimen %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="110"/>
        <source>Other size (enter in mm)</source>
        <translation>其他尺寸（以毫米输入）</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="124"/>
        <source>Crop to the document</source>
        <translation>裁切到证件</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="128"/>
        <source>Cut the scan to the document&apos;s edges and straighten it; the dpi then comes from the document&apos;s known size</source>
        <translation>将扫描图裁切到证件边缘并摆正；分辨率随后由证件的已知尺寸得出</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="137"/>
        <source>Specimen id</source>
        <translation>样本 ID</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="138"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="139"/>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="144"/>
        <source>Page size</source>
        <translation>页面尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="145"/>
        <source>Issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="146"/>
        <source>Status</source>
        <translation>真伪状态</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="147"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="153"/>
        <source>Add page</source>
        <translation>添加页面</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="155"/>
        <location filename="../../ui/author/scans_dialog.py" line="353"/>
        <source>White-light scan (required)…</source>
        <translation>白光扫描件（必需）…</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="163"/>
        <source>Choose the capture under this light (optional)</source>
        <translation>选择该光源下的采集图像（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="168"/>
        <source>Register captures</source>
        <translation>配准采集图像</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="169"/>
        <source>Align every capture to the white scan (Ctrl+R)</source>
        <translation>将所有采集图像与白光扫描件对齐（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="175"/>
        <source>Which registered capture to show over the scan</source>
        <translation>选择叠加在扫描件上显示的已配准采集图像</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="177"/>
        <source>Correct by corners…</source>
        <translation>按四角校正…</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="181"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="198"/>
        <source>Overlay:</source>
        <translation>叠加：</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="236"/>
        <source>from the white scan&apos;s width</source>
        <translation>按白光扫描件宽度计算</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="248"/>
        <source>The scan has a margin: the document&apos;s edges give %1 dpi (the whole width gives %2). Crop to the document to use them.</source>
        <translation>扫描图有留边：按证件边缘计算为 %1 dpi（按整幅宽度为 %2）。裁切到证件即可采用。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="258"/>
        <source>The file says %1 dpi, but the document&apos;s size gives %2 dpi.</source>
        <translation>文件标注为 %1 dpi，但按证件尺寸计算为 %2 dpi。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="294"/>
        <source>No document edges stand out from the scanner background in this scan.</source>
        <translation>此扫描图中未能从扫描仪背景中找出证件边缘。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="318"/>
        <location filename="../../ui/author/scans_dialog.py" line="484"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="326"/>
        <source>White-light scan</source>
        <translation>白光扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="360"/>
        <source>aligned by hand</source>
        <translation>已手动对齐</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="362"/>
        <source>not registered yet</source>
        <translation>尚未配准</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="364"/>
        <source>aligned (score %1)</source>
        <translation>已对齐（得分 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="368"/>
        <source>&lt;span style=&apos;color:#b00&apos;&gt;poor (score %1): check the corners&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00&apos;&gt;较差（得分 %1）：请检查四角&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="419"/>
        <source>Registration</source>
        <translation>配准</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="404"/>
        <source>Registering %v of %m…</source>
        <translation>正在配准 %v / %m…</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="469"/>
        <source>The specimen id must be lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>样本 ID 只能包含小写字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="472"/>
        <source>This pack already has a specimen with that id.</source>
        <translation>本样本包中已有该 ID 的样本。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="474"/>
        <source>Every page needs a white-light scan.</source>
        <translation>每一页都需要一张白光扫描件。</translation>
    </message>
    <message>
        <location filename="../../ui/author/scans_dialog.py" line="476"/>
        <source>Register the captures first (Ctrl+R).</source>
        <translation>请先配准采集图像（Ctrl+R）。</translation>
    </message>
</context>
<context>
    <name>SltdBox</name>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="33"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="36"/>
        <source>Query SLTD</source>
        <translation>查询SLTD</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="40"/>
        <source>Query the stolen and lost travel document database (simulated) with the number printed on the document</source>
        <translation>用证件上印的号码查询被盗和遗失旅行证件数据库（模拟）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="48"/>
        <source>SLTD:</source>
        <translation>SLTD：</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="58"/>
        <source>stolen blank</source>
        <translation>被盗空白证件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="59"/>
        <source>stolen document</source>
        <translation>被盗证件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="60"/>
        <source>lost document</source>
        <translation>遗失证件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="61"/>
        <source>revoked document</source>
        <translation>已吊销证件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="64"/>
        <source>HIT: %1, reported %2 by %3</source>
        <translation>命中：%1，%3 于 %2 报告</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="77"/>
        <source>Type the document number (letters and digits).</source>
        <translation>请输入证件号码（字母和数字）。</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/sltd_box.py" line="85"/>
        <source>%1: no hit</source>
        <translation>%1：未命中</translation>
    </message>
</context>
<context>
    <name>SpecimenBrowser</name>
    <message>
        <location filename="../../ui/browser/widget.py" line="37"/>
        <source>Search specimens, states, features…</source>
        <translation>搜索样本、签发国、防伪特征…</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="40"/>
        <source>All document types</source>
        <translation>全部证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="41"/>
        <source>All issuing states</source>
        <translation>全部签发国</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="42"/>
        <source>Genuine and fraudulent</source>
        <translation>真证与伪证</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="43"/>
        <source>Any security feature</source>
        <translation>任意防伪特征</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="59"/>
        <source>Double-click or press Enter to open a specimen</source>
        <translation>双击或按回车键打开样本</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="63"/>
        <location filename="../../ui/browser/widget.py" line="150"/>
        <source>No specimen matches these filters.</source>
        <translation>没有符合筛选条件的样本。</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="65"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="107"/>
        <source>Any fraudulent</source>
        <translation>任意伪证</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="144"/>
        <source>%1 of %2 specimens</source>
        <translation>共 %2 个样本，显示 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="148"/>
        <source>The library is empty. Use File &gt; Import pack…</source>
        <translation>样本库为空。请使用“文件 &gt; 导入样本包…”</translation>
    </message>
    <message>
        <location filename="../../ui/browser/widget.py" line="163"/>
        <source>Library</source>
        <translation>样本库</translation>
    </message>
</context>
<context>
    <name>SpecimenTab</name>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="86"/>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="138"/>
        <source>Hotspots</source>
        <translation>特征标注</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="141"/>
        <source>All features</source>
        <translation>全部特征</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="143"/>
        <source>Loupe</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="144"/>
        <source>Stronger loupe</source>
        <translation>增大放大倍数</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="145"/>
        <source>Weaker loupe</source>
        <translation>减小放大倍数</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="146"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="147"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="149"/>
        <location filename="../../ui/viewer/specimen_tab.py" line="168"/>
        <source>True size</source>
        <translation>实际尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="152"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="156"/>
        <source>Chip reader…</source>
        <translation>芯片阅读器…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="164"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="165"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="166"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="166"/>
        <source>Fit the page in the window (0)</source>
        <translation>使页面适合窗口（0）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="169"/>
        <source>Paper at its real size (Ctrl+0)</source>
        <translation>按纸张实际尺寸显示（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="241"/>
        <source>Loupe %1×</source>
        <translation>放大镜 %1×</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="300"/>
        <source>Questioned</source>
        <translation>待检证件</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="304"/>
        <source>Reference</source>
        <translation>参照样本</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/specimen_tab.py" line="315"/>
        <source>Comparing with %1 (right)</source>
        <translation>正在与 %1（右侧）比对</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/training/start_page.py" line="86"/>
        <source>New profile…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="89"/>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="93"/>
        <source>&lt;b&gt;Trainee:&lt;/b&gt;</source>
        <translation>&lt;b&gt;学员：&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="111"/>
        <source>&lt;span style=&apos;font-size:13px&apos;&gt;What to do next&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13px&apos;&gt;下一步&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="119"/>
        <source>Preparing specimens %v/%m</source>
        <translation>正在准备样本 %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="130"/>
        <source>Exams and drills</source>
        <translation>考试与快速判读训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="184"/>
        <source>first line</source>
        <translation>一线</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="184"/>
        <source>second line</source>
        <translation>二线</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="184"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="202"/>
        <source>Your curriculum · level %1: %2</source>
        <translation>您的课程 · 第 %1 级：%2</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="218"/>
        <source>%p % mastered</source>
        <translation>已掌握 %p%</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="221"/>
        <source>%1 of %2 objectives practised</source>
        <translation>已练习 %1 / %2 个学习目标</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="225"/>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="249"/>
        <source>Level %1 exam (timed, 12 items)</source>
        <translation>第 %1 级考试（限时，12 题）</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="250"/>
        <source>No hints; your marks are reviewed against the truth at the end.</source>
        <translation>无提示；结束时将您的标记与正确答案对照复查。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="255"/>
        <source>First-line drill (a verdict in seconds)</source>
        <translation>一线快速判读训练（数秒内作出结论）</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="256"/>
        <source>Documents one after another, a few seconds each. Keys 1-4 give the verdict.</source>
        <translation>证件逐份出现，每份仅几秒。按 1-4 键作出结论。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="263"/>
        <source>Practise my weak points</source>
        <translation>练习薄弱环节</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="264"/>
        <source>A set drawn from the objectives you score lowest on.</source>
        <translation>从您得分最低的学习目标中抽取的练习集。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="271"/>
        <source>&lt;b&gt;Sets from packs&lt;/b&gt;</source>
        <translation>&lt;b&gt;样本包中的题组&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="282"/>
        <source>&lt;b&gt;How it works&lt;/b&gt;&lt;br&gt;Practice: feedback after every answer, with the light that reveals each sign.&lt;br&gt;Exam: timed, no hints; a review of your marks against the truth at the end.&lt;br&gt;Every answer is saved as you give it: close the app any time and continue where you stopped.</source>
        <translation>&lt;b&gt;使用说明&lt;/b&gt;&lt;br&gt;练习模式：每题作答后给出反馈，并指出可显示各项特征的光源。&lt;br&gt;考试：限时、无提示；结束时将您的标记与正确答案对照复查。&lt;br&gt;每个答案在作答时即已保存：可随时关闭程序，下次从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="301"/>
        <source>Create your trainee profile</source>
        <translation>创建学员档案</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="303"/>
        <source>Start by telling docexam who you are and at which level you work.</source>
        <translation>首先告诉 docexam 您的姓名和工作级别。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="312"/>
        <source>See the results: %1</source>
        <translation>查看成绩：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="314"/>
        <source>The exam&apos;s time ran out while docexam was closed. It is scored on the %1 of %2 items you answered.</source>
        <translation>考试时间已在 docexam 关闭期间用完。成绩按您已作答的 %1 题（共 %2 题）计算。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="318"/>
        <source>Continue: %1</source>
        <translation>继续：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="320"/>
        <source>You stopped in the middle: %1 of %2 answered. Your answers are kept.</source>
        <translation>上次中途退出：已答 %1 / %2 题。您的答案已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="328"/>
        <source>Preparing the specimens…</source>
        <translation>正在准备样本…</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="331"/>
        <source>Practice and exams open when the bundled specimens are ready (%1 of %2): a set drawn now would have only the few there are so far.</source>
        <translation>内置样本准备好后（%1/%2）即可开始练习和考试：现在抽题只能用到已生成的少数样本。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="343"/>
        <source>Take the level %1 exam</source>
        <translation>参加第 %1 级考试</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="345"/>
        <source>Every module of your level is mastered.</source>
        <translation>您所在级别的所有模块均已掌握。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="349"/>
        <source>Start practice: %1</source>
        <translation>开始练习：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="351"/>
        <source>Not practised yet: it comes next in your course.</source>
        <translation>尚未练习：这是课程中的下一项。</translation>
    </message>
    <message>
        <location filename="../../ui/training/start_page.py" line="353"/>
        <source>Your weakest module: %1% mastered.</source>
        <translation>您最薄弱的模块：已掌握 %1%。</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../ui/training/training_tab.py" line="95"/>
        <source>Preparing the exercises…</source>
        <translation>正在准备练习…</translation>
    </message>
    <message>
        <location filename="../../ui/training/slot.py" line="32"/>
        <location filename="../../ui/training/training_tab.py" line="110"/>
        <location filename="../../ui/training/training_tab.py" line="269"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_tab.py" line="163"/>
        <source>Its documents are still being prepared: continue when they are ready.</source>
        <translation>其证件仍在准备中：准备好后再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/training/training_tab.py" line="170"/>
        <source>Your unfinished attempt used documents the library no longer has (docexam rebuilt its specimens, or a pack was removed): it was closed without a score. Start it again for a fresh one.</source>
        <translation>你未完成的练习或考试所用的证件已不在资料库中（docexam 重新生成了样本，或某个资料包已被删除）：它已关闭，不计分。请重新开始，获取一套新的题目。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="126"/>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;结论&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="137"/>
        <source>&lt;b&gt;Fraud type&lt;/b&gt;</source>
        <translation>&lt;b&gt;欺诈类型&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="157"/>
        <source>None: a genuine document, rightly held</source>
        <translation>无：真证，持证人合法持有</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="159"/>
        <source>Choose a verdict first</source>
        <translation>请先选择结论</translation>
    </message>
    <message>
        <location filename="../../ui/training/answer_panels.py" line="161"/>
        <source>Choose the fraud type…</source>
        <translation>选择欺诈类型…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Results store</source>
        <translation>成绩库</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Training is off: the results store did not open.</source>
        <translation>训练功能不可用：无法打开成绩库。</translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <location filename="../../ui/author/exercise_editor.py" line="59"/>
        <source>Preview as trainee: %1</source>
        <translation>以学员身份预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="40"/>
        <source>Restore draft</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="41"/>
        <source>A newer unsaved draft of this pack exists (autosaved %1). Restore it?</source>
        <translation>此样本包有一份较新的未保存草稿（自动保存于 %1）。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="72"/>
        <source>Open pack for editing</source>
        <translation>打开样本包进行编辑</translation>
    </message>
    <message>
        <location filename="../../ui/author/opening.py" line="132"/>
        <source>New pack</source>
        <translation>新建样本包</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="14"/>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="15"/>
        <source>ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="16"/>
        <source>polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="23"/>
        <source>None (no simulated effect)</source>
        <translation>无（不模拟光源效果）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="24"/>
        <source>Fluoresces red under UV-A</source>
        <translation>紫外 365 纳米下发红色荧光</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="25"/>
        <source>Fluoresces green under UV-A</source>
        <translation>紫外 365 纳米下发绿色荧光</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="26"/>
        <source>Fluoresces blue under UV-A</source>
        <translation>紫外 365 纳米下发蓝色荧光</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="27"/>
        <source>Invisible ink, red under UV-A (whole region)</source>
        <translation>无色油墨，紫外 365 纳米下发红光（整个区域）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="30"/>
        <source>IR drop-out ink (vanishes in IR)</source>
        <translation>红外透过油墨（红外下消失）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="31"/>
        <source>IR-absorbing ink (stays dark in IR)</source>
        <translation>红外吸收油墨（红外下保持黑色）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="32"/>
        <source>Watermark (brighter in transmitted light)</source>
        <translation>水印（透射光下更亮）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="35"/>
        <source>Perforation (light passes through)</source>
        <translation>穿孔（光线可透过）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="36"/>
        <source>Intaglio relief (shows in oblique light)</source>
        <translation>凹印浮雕（侧光下可见）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="45"/>
        <source>Find the security features</source>
        <translation>找出防伪特征</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="48"/>
        <source>Mark the alterations</source>
        <translation>标出变造处</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="49"/>
        <source>Verdict (genuine or fraud type)</source>
        <translation>结论（真证或欺诈类型）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="52"/>
        <source>Which light reveals it</source>
        <translation>哪种光源能显示</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="53"/>
        <source>MRZ check</source>
        <translation>机读区核查</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="54"/>
        <source>Timed first-line drill</source>
        <translation>限时一线快速判读</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="55"/>
        <source>Chip check (verdict and failing step)</source>
        <translation>芯片查验（结论与失败步骤）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="58"/>
        <source>Face comparison (same person? feature by feature)</source>
        <translation>人像比对（是否同一人？逐项特征）</translation>
    </message>
    <message>
        <location filename="../../ui/author/words.py" line="61"/>
        <source>Traveller&apos;s case file (from the pack&apos;s cases.json)</source>
        <translation>旅客案卷（来自资料包的 cases.json）</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="33"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="34"/>
        <source>Identity card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="35"/>
        <source>Residence permit</source>
        <translation>居留许可</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="36"/>
        <source>Work permit</source>
        <translation>工作许可</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="24"/>
        <source>Presented passport</source>
        <translation>出示的护照</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="25"/>
        <source>Presented identity card</source>
        <translation>出示的身份证</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="26"/>
        <source>Presented residence permit</source>
        <translation>出示的居留许可</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="27"/>
        <source>Presented work permit</source>
        <translation>出示的工作许可</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="29"/>
        <source>Presented document</source>
        <translation>出示的证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="30"/>
        <location filename="../../ui/training/case_file_page.py" line="37"/>
        <source>Earlier passport</source>
        <translation>早先护照</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="36"/>
        <source>no. %1</source>
        <translation>号码 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="44"/>
        <source>Drawing the portrait…</source>
        <translation>正在绘制照片…</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="83"/>
        <source>This document&apos;s portrait cannot be read: look at it on the document.</source>
        <translation>无法读取本证件的照片：请在证件上查看。</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_faces.py" line="102"/>
        <source>The portrait could not be drawn: %1</source>
        <translation>无法绘制照片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="38"/>
        <source>Invitation</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="39"/>
        <source>Employment contract</source>
        <translation>雇佣合同</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="40"/>
        <source>Hotel booking</source>
        <translation>酒店预订</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="41"/>
        <source>Return ticket</source>
        <translation>回程票</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="42"/>
        <source>Consent letter</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="43"/>
        <source>Enrolment</source>
        <translation>入学注册</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="44"/>
        <source>Proof of residence</source>
        <translation>居住证明</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="47"/>
        <source>tourist</source>
        <translation>旅游</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="48"/>
        <source>business</source>
        <translation>商务</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="49"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="50"/>
        <source>study</source>
        <translation>留学</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="51"/>
        <source>family</source>
        <translation>探亲</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="96"/>
        <source>The case file is missing.</source>
        <translation>案卷缺失。</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_panel.py" line="56"/>
        <source>Referral note</source>
        <translation>移交说明</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_panel.py" line="62"/>
        <source>What you saw and why you refer (kept for the instructor)</source>
        <translation>您看到了什么、为何移交（留给教员查看）</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="150"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="154"/>
        <source>Traveller</source>
        <translation>旅客</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="157"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="158"/>
        <source>Stated purpose</source>
        <translation>所述目的</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="161"/>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="172"/>
        <source>e-Visa</source>
        <translation>电子签证</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="182"/>
        <source>one way</source>
        <translation>单程</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="189"/>
        <source>Ticket</source>
        <translation>机票</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="191"/>
        <source>Earlier trips (as stated)</source>
        <translation>以往出行（本人所述）</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="193"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="195"/>
        <source>Paid by</source>
        <translation>付款人</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="196"/>
        <source>Money</source>
        <translation>钱款</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="197"/>
        <source>Luggage</source>
        <translation>行李</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="207"/>
        <source>With</source>
        <translation>同行</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="212"/>
        <source>You see</source>
        <translation>您观察到</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="217"/>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="222"/>
        <source>Interview</source>
        <translation>询问</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="256"/>
        <source>Time left for questions: %1 s</source>
        <translation>剩余提问时间：%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="269"/>
        <source>(no answer)</source>
        <translation>（未作回答）</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="272"/>
        <source>What the traveller says</source>
        <translation>旅客的回答</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="282"/>
        <source>This case</source>
        <translation>本案</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="283"/>
        <source>you found it</source>
        <translation>您发现了</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="284"/>
        <source>you missed it</source>
        <translation>您漏掉了</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="285"/>
        <source>you marked it</source>
        <translation>您标记了</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="286"/>
        <source>In this case:</source>
        <translation>本案中：</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="287"/>
        <source>Nothing in this case shows it.</source>
        <translation>本案中没有任何迹象表明这一点。</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="288"/>
        <source>Looked odd, but the papers explain it:</source>
        <translation>看似可疑，但文件能够解释：</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="289"/>
        <source>Right action:</source>
        <translation>正确处置：</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_file_page.py" line="290"/>
        <source>Next:</source>
        <translation>后续：</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_panel.py" line="92"/>
        <source>Indicators you see</source>
        <translation>您发现的指标</translation>
    </message>
    <message>
        <location filename="../../ui/training/case_panel.py" line="113"/>
        <source>Action</source>
        <translation>处置措施</translation>
    </message>
</context>
<context>
    <name>hints</name>
    <message>
        <location filename="../../ui/training/hints.py" line="49"/>
        <source>Look at: %1.</source>
        <translation>查看：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="56"/>
        <source>Hint: %1 shows them.</source>
        <translation>提示：在%1下可以看到。</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="60"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="65"/>
        <source>Hint: watch the %1 while you switch from one light to the next.</source>
        <translation>提示：逐一切换光源，观察%1。</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="72"/>
        <source>Hint: read each MRZ field and find it on the data page.</source>
        <translation>提示：逐个读取机读区字段，并在资料页上找到对应内容。</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="77"/>
        <source>Hint: recompute each check digit (weights 7, 3, 1; &lt; counts 0, A is 10).</source>
        <translation>提示：逐个重新计算校验位（权重 7、3、1；&lt; 记为 0，A 记为 10）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/hints.py" line="83"/>
        <source>Hint: compare it with a genuine one (C), then check the substrate under UV and the watermark in transmitted light.</source>
        <translation>提示：先与真证比对（C），再在紫外光下检查基材，在透射光下检查水印。</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../ui/training/progress_page.py" line="47"/>
        <source>Level %1 exam</source>
        <translation>第 %1 级考试</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="51"/>
        <location filename="../../ui/training/wording.py" line="103"/>
        <source>First-line drill</source>
        <translation>一线快速判读训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/progress_page.py" line="52"/>
        <source>My weak points</source>
        <translation>我的薄弱环节</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="38"/>
        <source>Genuine</source>
        <translation>真证</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="39"/>
        <source>Counterfeit</source>
        <translation>伪造证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="40"/>
        <source>Forgery</source>
        <translation>变造证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="41"/>
        <source>Pseudo document</source>
        <translation>虚假证件</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="45"/>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="46"/>
        <source>Missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="47"/>
        <source>False mark</source>
        <translation>误标</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="48"/>
        <source>Marked twice</source>
        <translation>重复标记</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="49"/>
        <source>Not asked</source>
        <translation>未要求标出</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="50"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="51"/>
        <source>Partly right</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="52"/>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="53"/>
        <source>Too slow</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="54"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="58"/>
        <source>The mark is outside the page.</source>
        <translation>标记在页面之外。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="59"/>
        <source>The mark is on a page this exercise skips.</source>
        <translation>标记所在页面不属于本练习。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="60"/>
        <source>There is nothing to find here.</source>
        <translation>此处没有需要查找的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="61"/>
        <source>A genuine feature, but not one this question asks for: it costs nothing.</source>
        <translation>这是真实的防伪特征，但不在本题要求之列：不扣分。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="64"/>
        <source>This light does not reveal the feature.</source>
        <translation>该光源无法显示此特征。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="65"/>
        <source>Nothing is wrong at this place.</source>
        <translation>此处没有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="66"/>
        <source>The verdict is wrong.</source>
        <translation>结论错误。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="67"/>
        <source>Right verdict, wrong fraud type.</source>
        <translation>结论正确，但欺诈类型错误。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="68"/>
        <source>The time for this document ran out.</source>
        <translation>本份证件的时间已用完。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="69"/>
        <source>The chip&apos;s verdict is wrong.</source>
        <translation>芯片验证结论错误。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="70"/>
        <source>Not an indicator in this case: the facts explain it, or it is not there.</source>
        <translation>在本案中不是指标：事实可以解释，或并不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="73"/>
        <source>Not the best action for this traveller.</source>
        <translation>对该旅客而言不是最佳处置措施。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="74"/>
        <source>Not the step the reader fails.</source>
        <translation>不是阅读器验证失败的那一步。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="75"/>
        <source>Wrong: look at the stable features.</source>
        <translation>错误：请注意不会改变的面部特征。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="76"/>
        <source>Recorded the wrong way round.</source>
        <translation>记录反了。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="77"/>
        <source>One of the photos does not show it (hair, a beard, glasses or a shadow cover it, or a bald head has no hairline): it cannot be compared.</source>
        <translation>其中一张照片未显示该特征（被头发、胡须、眼镜或阴影遮住，或光头没有发际线）：无法比对。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="82"/>
        <source>Both photos show it: compare it.</source>
        <translation>两张照片都显示该特征：应进行比对。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="83"/>
        <source>Cleared, but this document is not genuine: it should have been referred.</source>
        <translation>已放行，但此证件并非真证：本应移交二线。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="86"/>
        <source>Referred, but the document is genuine: nothing on it calls for a referral.</source>
        <translation>已移交，但此证件是真证：证件上没有需要移交的迹象。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="89"/>
        <source>No decision before the time ran out.</source>
        <translation>时间到前未作决定。</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="93"/>
        <source>Clear</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="94"/>
        <source>Refer to second line</source>
        <translation>移交二线</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="98"/>
        <source>Find the features</source>
        <translation>查找防伪特征</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="99"/>
        <source>Mark the alterations</source>
        <translation>标出变造之处</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="100"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="101"/>
        <source>Which light?</source>
        <translation>哪种光源？</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="102"/>
        <source>MRZ check</source>
        <translation>机读区校验</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="104"/>
        <source>Chip check</source>
        <translation>芯片查验</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="105"/>
        <source>Face comparison</source>
        <translation>人像比对</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="106"/>
        <source>Traveller&apos;s case file</source>
        <translation>旅客案卷</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="110"/>
        <source>The chip passes</source>
        <translation>芯片验证通过</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="111"/>
        <source>The chip fails</source>
        <translation>芯片验证不通过</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="112"/>
        <source>No step fails</source>
        <translation>没有失败的步骤</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="113"/>
        <source>Chip verdict</source>
        <translation>芯片验证结论</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="114"/>
        <source>Step that fails</source>
        <translation>失败的步骤</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="119"/>
        <source>Same person</source>
        <translation>同一人</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="120"/>
        <source>Different person</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="121"/>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="122"/>
        <source>differ</source>
        <translation>不同</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="123"/>
        <source>cannot compare</source>
        <translation>无法比对</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="124"/>
        <source>Same person?</source>
        <translation>是否同一人？</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="125"/>
        <source>Face shape</source>
        <translation>脸型</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="126"/>
        <source>Hairline</source>
        <translation>发际线</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="127"/>
        <source>Forehead</source>
        <translation>前额</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="128"/>
        <source>Eyebrows</source>
        <translation>眉毛</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="129"/>
        <source>Eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="130"/>
        <source>Nose</source>
        <translation>鼻子</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="131"/>
        <source>Ears</source>
        <translation>耳朵</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="132"/>
        <source>Mouth</source>
        <translation>嘴</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="133"/>
        <source>Chin</source>
        <translation>下巴</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="134"/>
        <source>Marks (moles, scars)</source>
        <translation>痣与疤痕</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="138"/>
        <source>Practice</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="139"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="143"/>
        <source>document code</source>
        <translation>证件代码</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="144"/>
        <source>issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="145"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="146"/>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="147"/>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="148"/>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="149"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="150"/>
        <source>date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="151"/>
        <source>optional data</source>
        <translation>可选数据</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="152"/>
        <source>composite check digit</source>
        <translation>综合校验位</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="157"/>
        <source>White</source>
        <translation>白光</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="158"/>
        <source>Oblique</source>
        <translation>侧光</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="159"/>
        <source>Transm.</source>
        <translation>透射</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="160"/>
        <source>Coaxial</source>
        <translation>同轴</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="161"/>
        <source>UV-A</source>
        <translation>UV-A</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="162"/>
        <source>UV-C</source>
        <translation>UV-C</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="163"/>
        <source>IR</source>
        <translation>红外</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="164"/>
        <source>IR lum.</source>
        <translation>红外发光</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="165"/>
        <source>Anti-Stokes</source>
        <translation>上转换</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="166"/>
        <source>Tilt</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="212"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="256"/>
        <location filename="../../ui/viewer/chip_reasons.py" line="171"/>
        <source>, </source>
        <comment>between the names of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/training/wording.py" line="269"/>
        <source> (%1)</source>
        <comment>a remark in brackets</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>ID card (TD1)</source>
        <translation>身份证（TD1）</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>Card (TD2)</source>
        <translation>证件卡（TD2）</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>Passport (TD3)</source>
        <translation>护照（TD3）</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>Visa (MRV-A)</source>
        <translation>签证（MRV-A）</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="24"/>
        <source>Visa (MRV-B)</source>
        <translation>签证（MRV-B）</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="31"/>
        <source>Genuine</source>
        <translation>真证</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="32"/>
        <source>Counterfeit</source>
        <translation>伪造证件</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="34"/>
        <source>Forgery: photo substitution</source>
        <translation>变造：换照片</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="37"/>
        <source>Forgery: page substitution</source>
        <translation>变造：换页</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="39"/>
        <source>Forgery: data alteration</source>
        <translation>变造：涂改资料</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="40"/>
        <source>Forgery: combined parts</source>
        <translation>变造：拼接</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="41"/>
        <source>Forgery: visa or stamp</source>
        <translation>变造：签证或印章</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Pseudo document</source>
        <translation>虚假证件</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Stolen blank</source>
        <translation>被盗空白证件</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Fraudulently obtained genuine</source>
        <translation>骗领的真证</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Impostor</source>
        <translation>冒用者</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54"/>
        <source>White light</source>
        <translation>白光</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55"/>
        <source>Oblique light</source>
        <translation>侧光</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="56"/>
        <source>Transmitted light</source>
        <translation>透射光</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="57"/>
        <source>Coaxial light</source>
        <translation>同轴光</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="58"/>
        <source>UV-A 365 nm</source>
        <translation>紫外 365 纳米</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="59"/>
        <source>UV-C 254 nm</source>
        <translation>紫外 254 纳米</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="60"/>
        <source>Infrared</source>
        <translation>红外</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="61"/>
        <source>IR luminescence</source>
        <translation>红外发光</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="62"/>
        <source>Anti-Stokes</source>
        <translation>上转换</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="63"/>
        <source>Tilt</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="64"/>
        <source>UV lamp off (afterglow)</source>
        <translation>紫外灯关闭（余辉）</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ui/common/worker.py" line="87"/>
        <source>Unexpected error (%1: %2).</source>
        <translation>意外错误（%1：%2）。</translation>
    </message>
</context>
</TS>
