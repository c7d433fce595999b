<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeaturePanel</name>
    <message>
        <location filename="../../docexam/ui/viewer/feature_panel.py" line="49"/>
        <source>Click a highlighted region on the page to learn about that feature.</source>
        <translation>点击页面上高亮的区域，了解该防伪特征。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/feature_panel.py" line="54"/>
        <source>Outlined: the features this light reveals. All features (Shift+H) adds the others, dashed.</source>
        <translation>描边区域：当前光源可显示的特征。“全部特征”（Shift+H）以虚线显示其余特征。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/feature_panel.py" line="63"/>
        <source>How to check</source>
        <translation>检验方法</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/feature_panel.py" line="64"/>
        <source>Revealed by</source>
        <translation>可见光源</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/feature_panel.py" line="85"/>
        <source>Show me under %1</source>
        <translation>在%1下查看</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../docexam/ui/viewer/glossary.py" line="20"/>
        <source>Glossary of security features</source>
        <translation>防伪特征术语表</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/glossary.py" line="24"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/glossary.py" line="24"/>
        <source>Other language</source>
        <translation>另一种语言</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/glossary.py" line="24"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="50"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="50"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="53"/>
        <location filename="../../docexam/ui/import_pack.py" line="99"/>
        <source>Import pack</source>
        <translation>导入样本包</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="69"/>
        <source>Unpacking %1…</source>
        <translation>正在解压 %1…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="70"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="71"/>
        <source>Adding %1 to the library…</source>
        <translation>正在将 %1 加入样本库…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="72"/>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="81"/>
        <source>Imported pack “%1” with %2 specimen(s).</source>
        <translation>已导入样本包“%1”，共 %2 个样本。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/import_pack.py" line="91"/>
        <source>%1 was not imported; your library is unchanged.</source>
        <translation>%1 未导入；您的样本库保持不变。</translation>
    </message>
</context>
<context>
    <name>LightBar</name>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="69"/>
        <source>IR filter cut-off: inks transparent above it vanish</source>
        <translation>红外滤光片截止波长：在此波长以上透明的油墨会消失</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="82"/>
        <source>Direction the oblique light comes from (drag)</source>
        <translation>侧光的入射方向（拖动）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="83"/>
        <source>Elevation of the light</source>
        <translation>光源高度角</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="85"/>
        <source>Tilt the document (OVD, latent image)</source>
        <translation>倾斜证件（光学可变装置、隐性图像）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="93"/>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="188"/>
        <source>Switch UV lamp off</source>
        <translation>关闭紫外灯</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="96"/>
        <source>Watch phosphorescent ink keep glowing after the lamp (G)</source>
        <translation>观察关灯后磷光油墨的余辉（G）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="165"/>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="167"/>
        <source>Generated</source>
        <translation>程序生成</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="171"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="173"/>
        <source>Captured</source>
        <translation>实拍</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="186"/>
        <source>Switch UV lamp on</source>
        <translation>打开紫外灯</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="196"/>
        <source>from %1°, %2° high</source>
        <translation>方向 %1°，高度 %2°</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="199"/>
        <source>tilted %1°</source>
        <translation>倾斜 %1°</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/light_bar.py" line="201"/>
        <source>lamp off %1 s ago</source>
        <translation>关灯 %1 秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="42"/>
        <source>docexam: document examination trainer</source>
        <translation>docexam：证件检验培训</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="51"/>
        <source>Library</source>
        <translation>样本库</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="76"/>
        <source>Preparing specimens %v/%m</source>
        <translation>正在准备样本 %v/%m</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="79"/>
        <source>Generating the bundled specimens (first start only); you can work meanwhile.</source>
        <translation>正在生成内置样本（仅首次启动）；您可以同时继续工作。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="97"/>
        <source>The bundled specimens are ready.</source>
        <translation>内置样本已准备就绪。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="103"/>
        <source>Bundled specimens</source>
        <translation>内置样本</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="104"/>
        <source>Could not generate the bundled specimens:</source>
        <translation>无法生成内置样本：</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="122"/>
        <source>&amp;Import pack…</source>
        <translation>导入样本包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="127"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="132"/>
        <source>&amp;Specimen</source>
        <translation>样本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="134"/>
        <source>&amp;Compare with a reference…</source>
        <translation>与参照样本比对(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="137"/>
        <source>&amp;Stop comparing</source>
        <translation>停止比对(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="139"/>
        <source>&amp;Light</source>
        <translation>光源(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="143"/>
        <source>Find specimen</source>
        <translation>查找样本</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="147"/>
        <source>&amp;Library</source>
        <translation>样本库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="149"/>
        <location filename="../../docexam/ui/main_window.py" line="290"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="156"/>
        <source>&amp;About docexam</source>
        <translation>关于 docexam(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="163"/>
        <source>%1 packs in the library</source>
        <translation>样本库中共有 %1 个样本包</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="178"/>
        <source>Open specimen</source>
        <translation>打开样本</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="188"/>
        <source>Import pack</source>
        <translation>导入样本包</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="188"/>
        <source>Specimen packs (*.dxpack);;All files (*)</source>
        <translation>样本包 (*.dxpack);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="250"/>
        <location filename="../../docexam/ui/main_window.py" line="270"/>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="250"/>
        <source>No other specimen to compare with.</source>
        <translation>没有可用于比对的其他样本。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="259"/>
        <source>Compare with a reference</source>
        <translation>与参照样本比对</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="260"/>
        <source>Reference specimen:</source>
        <translation>参照样本：</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="291"/>
        <source>The new language applies when docexam starts next time.</source>
        <translation>新的界面语言将在下次启动 docexam 时生效。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="297"/>
        <source>About docexam</source>
        <translation>关于 docexam</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/main_window.py" line="299"/>
        <source>docexam %1
An offline trainer for travel-document examiners.
All specimens are fictional; simulated light views are approximations.</source>
        <translation>docexam %1
供旅行证件检验人员使用的离线培训软件。
所有样本均为虚构；模拟光源效果仅为近似。</translation>
    </message>
</context>
<context>
    <name>SpecimenBrowser</name>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="36"/>
        <source>Search specimens, states, features…</source>
        <translation>搜索样本、签发国、防伪特征…</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="39"/>
        <source>All document types</source>
        <translation>全部证件类型</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="40"/>
        <source>All issuing states</source>
        <translation>全部签发国</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="41"/>
        <source>Genuine and fraudulent</source>
        <translation>真证与伪证</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="42"/>
        <source>Any security feature</source>
        <translation>任意防伪特征</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="58"/>
        <source>Double-click or press Enter to open a specimen</source>
        <translation>双击或按回车键打开样本</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="62"/>
        <location filename="../../docexam/ui/browser/widget.py" line="148"/>
        <source>No specimen matches these filters.</source>
        <translation>没有符合筛选条件的样本。</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="64"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="142"/>
        <source>%1 of %2 specimens</source>
        <translation>共 %2 个样本，显示 %1 个</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/browser/widget.py" line="146"/>
        <source>The library is empty. Use File &gt; Import pack…</source>
        <translation>样本库为空。请使用“文件 &gt; 导入样本包…”</translation>
    </message>
</context>
<context>
    <name>SpecimenTab</name>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="68"/>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="106"/>
        <source>Hotspots</source>
        <translation>特征标注</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="108"/>
        <source>All features</source>
        <translation>全部特征</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="110"/>
        <source>Loupe</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="111"/>
        <source>Stronger loupe</source>
        <translation>增大放大倍数</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="112"/>
        <source>Weaker loupe</source>
        <translation>减小放大倍数</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="113"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="114"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="116"/>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="130"/>
        <source>True size</source>
        <translation>实际尺寸</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="119"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="126"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="127"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="128"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="128"/>
        <source>Fit the page in the window (0)</source>
        <translation>使页面适合窗口（0）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="131"/>
        <source>Paper at its real size (Ctrl+0)</source>
        <translation>按纸张实际尺寸显示（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="220"/>
        <source>Loupe %1×</source>
        <translation>放大镜 %1×</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/viewer/specimen_tab.py" line="263"/>
        <source>Comparing with %1 (right)</source>
        <translation>正在与 %1（右侧）比对</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../docexam/ui/words.py" line="18"/>
        <source>ID card (TD1)</source>
        <translation>身份证（TD1）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="19"/>
        <source>Card (TD2)</source>
        <translation>证件卡（TD2）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="20"/>
        <source>Passport (TD3)</source>
        <translation>护照（TD3）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="21"/>
        <source>Visa (MRV-A)</source>
        <translation>签证（MRV-A）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="22"/>
        <source>Visa (MRV-B)</source>
        <translation>签证（MRV-B）</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="29"/>
        <source>Genuine</source>
        <translation>真证</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="30"/>
        <source>Counterfeit</source>
        <translation>伪造证件</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="32"/>
        <source>Forgery: photo substitution</source>
        <translation>变造：换照片</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="35"/>
        <source>Forgery: page substitution</source>
        <translation>变造：换页</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="37"/>
        <source>Forgery: data alteration</source>
        <translation>变造：涂改资料</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="38"/>
        <source>Forgery: combined parts</source>
        <translation>变造：拼接</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="39"/>
        <source>Forgery: visa or stamp</source>
        <translation>变造：签证或印章</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="40"/>
        <source>Pseudo document</source>
        <translation>虚假证件</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="41"/>
        <source>Stolen blank</source>
        <translation>被盗空白证件</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="43"/>
        <source>Fraudulently obtained genuine</source>
        <translation>骗领的真证</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="45"/>
        <source>Impostor</source>
        <translation>冒用者</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="52"/>
        <source>White light</source>
        <translation>白光</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="53"/>
        <source>Oblique light</source>
        <translation>侧光</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="54"/>
        <source>Transmitted light</source>
        <translation>透射光</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="55"/>
        <source>Coaxial light</source>
        <translation>同轴光</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="56"/>
        <source>UV-A 365 nm</source>
        <translation>紫外 365 纳米</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="57"/>
        <source>UV-C 254 nm</source>
        <translation>紫外 254 纳米</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="58"/>
        <source>Infrared</source>
        <translation>红外</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="59"/>
        <source>IR luminescence</source>
        <translation>红外发光</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="60"/>
        <source>Anti-Stokes</source>
        <translation>上转换</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="61"/>
        <source>Tilt</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <location filename="../../docexam/ui/words.py" line="62"/>
        <source>UV lamp off (afterglow)</source>
        <translation>紫外灯关闭（余辉）</translation>
    </message>
</context>
</TS>
