<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractInvite</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/AttractInvite.qml" line="85"/>
        <source>Touch to explore</source>
        <translation>触摸开始</translation>
    </message>
</context>
<context>
    <name>AttractWhatsOn</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/AttractWhatsOn.qml" line="44"/>
        <source>At the booth</source>
        <translation>展位活动</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ChipRow.qml" line="40"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ContentBadge</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="12"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="13"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="13"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="14"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="15"/>
        <source>Demo content</source>
        <translation>演示内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ContentBadge.qml" line="16"/>
        <source>Local content</source>
        <translation>本地内容</translation>
    </message>
</context>
<context>
    <name>EventRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventRow.qml" line="109"/>
        <source>Now on</source>
        <translation>正在进行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventRow.qml" line="151"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventsScreen.qml" line="16"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventsScreen.qml" line="18"/>
        <source>Coming up</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventsScreen.qml" line="19"/>
        <source>Earlier</source>
        <translation>往期活动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventsScreen.qml" line="31"/>
        <source>What&apos;s on at the booth</source>
        <translation>展位活动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/EventsScreen.qml" line="109"/>
        <source>No events are scheduled yet</source>
        <translation>暂无活动安排</translation>
    </message>
</context>
<context>
    <name>ExhibitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ExhibitScreen.qml" line="88"/>
        <source>Swipe for more pictures · pinch or double-tap to zoom</source>
        <translation>左右滑动查看更多图片 · 双指或双击放大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ExhibitScreen.qml" line="89"/>
        <source>Pinch or double-tap to zoom</source>
        <translation>双指或双击放大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ExhibitScreen.qml" line="243"/>
        <source>This exhibit is not available.</source>
        <translation>该展品暂不可查看。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ExhibitScreen.qml" line="253"/>
        <source>Back to Home</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>GalleryScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="22"/>
        <source>%1 of %2 exhibits</source>
        <translation>%2 件中的 %1 件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="23"/>
        <source>1 exhibit</source>
        <translation>共 1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="23"/>
        <source>%1 exhibits</source>
        <translation>共 %1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="80"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="92"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="184"/>
        <source>No exhibits match these filters</source>
        <translation>没有符合筛选条件的展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="184"/>
        <source>No exhibits here yet</source>
        <translation>这里暂时还没有展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="195"/>
        <source>Try another tag or region, or show everything again.</source>
        <translation>换个标签或地区试试，或显示全部展品。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="205"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/HomeScreen.qml" line="35"/>
        <source>What would you like to explore?</source>
        <translation>您想了解什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/HomeScreen.qml" line="84"/>
        <source>Search patents, trademarks, places, pinyin…</source>
        <translation>搜索专利、商标、地名，可用拼音……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/HomeScreen.qml" line="101"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/HomeScreen.qml" line="186"/>
        <source>All %1 exhibits</source>
        <translation>全部 %1 件展品</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/IdleOverlay.qml" line="74"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/IdleOverlay.qml" line="86"/>
        <source>Still there?</source>
        <translation>还在浏览吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/IdleOverlay.qml" line="98"/>
        <source>Touch anywhere to stay in staff mode. Otherwise staff mode closes and the kiosk starts over for visitors.</source>
        <translation>触摸屏幕任意位置即可留在工作人员模式，否则将退出工作人员模式，展台为参观者重新开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/IdleOverlay.qml" line="99"/>
        <source>Touch anywhere to keep browsing. Otherwise the kiosk starts over for the next visitor.</source>
        <translation>触摸屏幕任意位置即可继续浏览，否则展台将为下一位参观者重新开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/IdleOverlay.qml" line="113"/>
        <source>More time</source>
        <translation>继续浏览</translation>
    </message>
</context>
<context>
    <name>ImageGallery</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/ImageGallery.qml" line="120"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>KindTile</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/KindTile.qml" line="146"/>
        <source>1 exhibit</source>
        <translation>共 1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/KindTile.qml" line="146"/>
        <source>%1 exhibits</source>
        <translation>共 %1 件展品</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="25"/>
        <source>No staff PIN is set on this kiosk. Set one with: kiosk pin set</source>
        <translation>本机尚未设置工作人员密码。请用命令设置：kiosk pin set</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="26"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="27"/>
        <source>The staff PIN cannot be checked: %1</source>
        <translation>无法核对工作人员密码：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="28"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="29"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>密码错误。剩余尝试次数：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="30"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>输入工作人员密码以进入工作人员模式。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="65"/>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="31"/>
        <source>Choose your name, then enter your PIN.</source>
        <translation>请先选择您的名字，再输入密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="139"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="140"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/PinPad.qml" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/QrPanel.qml" line="60"/>
        <source>Take it with you</source>
        <translation>扫码带走</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/QrPanel.qml" line="82"/>
        <source>Point your phone&apos;s camera at the code.</source>
        <translation>用手机相机对准二维码即可。</translation>
    </message>
</context>
<context>
    <name>RelatedRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/RelatedRow.qml" line="20"/>
        <source>Related exhibits</source>
        <translation>相关展品</translation>
    </message>
</context>
<context>
    <name>SearchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchKeyboard.qml" line="118"/>
        <source>Syllable break</source>
        <translation>分词</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="93"/>
        <source>Search by words, pinyin or numbers</source>
        <translation>输入文字、拼音或编号搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="117"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="139"/>
        <source>1 result</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="139"/>
        <source>%1 results</source>
        <translation>%1 条结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="140"/>
        <source>No results for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SearchScreen.qml" line="141"/>
        <source>Type a word, a name or a number, in Chinese, pinyin or English.</source>
        <translation>可输入词语、名称或编号，中文、拼音、英文均可。</translation>
    </message>
</context>
<context>
    <name>StaffArrange</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffArrange.qml" line="39"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffArrange.qml" line="40"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffArrange.qml" line="41"/>
        <source>Featured</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffArrange.qml" line="42"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffArrange.qml" line="42"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>StaffEdit</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="39"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="40"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="41"/>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="167"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="60"/>
        <source>Show to visitors</source>
        <translation>向参观者展示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="65"/>
        <source>Featured</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="70"/>
        <source>Single language</source>
        <translation>仅一种语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="118"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="160"/>
        <source>Delete this exhibit from the draft?</source>
        <translation>要从草稿中删除这件展品吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEdit.qml" line="165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffEditField</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffEditField.qml" line="60"/>
        <source>missing translation</source>
        <translation>缺少译文</translation>
    </message>
</context>
<context>
    <name>StaffExhibitRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibitRow.qml" line="51"/>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibitRow.qml" line="52"/>
        <source>Featured</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibitRow.qml" line="53"/>
        <source>Scheduled</source>
        <translation>定时展示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibitRow.qml" line="54"/>
        <source>Missing translation</source>
        <translation>缺少译文</translation>
    </message>
</context>
<context>
    <name>StaffExhibits</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="25"/>
        <source>Search exhibits</source>
        <translation>搜索展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="30"/>
        <source>New exhibit</source>
        <translation>新建展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="34"/>
        <source>Arrange</source>
        <translation>编排</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="79"/>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="79"/>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="79"/>
        <source>Geographical indication</source>
        <translation>地理标志</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="80"/>
        <source>Health IP story</source>
        <translation>健康知产故事</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="80"/>
        <source>Guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="80"/>
        <source>Event</source>
        <translation>展位活动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="84"/>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="84"/>
        <source>Featured</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="84"/>
        <source>Scheduled</source>
        <translation>定时展示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffExhibits.qml" line="85"/>
        <source>Missing translation</source>
        <translation>缺少译文</translation>
    </message>
</context>
<context>
    <name>StaffHome</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="16"/>
        <source>Exhibits</source>
        <translation>展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="17"/>
        <source>Add, edit and check the exhibits</source>
        <translation>添加、编辑和检查展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="18"/>
        <source>Arrange</source>
        <translation>编排</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="19"/>
        <source>What is featured, and the order visitors see</source>
        <translation>推荐哪些展品，以及参观者看到的顺序</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="20"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="21"/>
        <source>Check the changes and publish them</source>
        <translation>检查改动并发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="22"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="23"/>
        <source>What was published and changed, and by whom</source>
        <translation>发布和修改过什么，由谁操作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="24"/>
        <source>Booth settings</source>
        <translation>展台设置</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="25"/>
        <source>This booth&apos;s name, languages and idle times</source>
        <translation>本展台的名称、语言和空闲时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="29"/>
        <source>Consultant</source>
        <translation>咨询顾问</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="29"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="48"/>
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="58"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="92"/>
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="102"/>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="229"/>
        <source>Close the kiosk</source>
        <translation>关闭展台程序</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="196"/>
        <source>Close the kiosk?</source>
        <translation>要关闭展台程序吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="205"/>
        <source>The kiosk quits and the screen shows the computer&apos;s desktop until the kiosk is started again.</source>
        <translation>展台程序将退出，屏幕显示电脑桌面，直到再次启动展台程序。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffHome.qml" line="218"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffPublish</name>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="13"/>
        <source>Building…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="13"/>
        <source>Installing…</source>
        <translation>正在安装…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="14"/>
        <source>Writing for other booths…</source>
        <translation>正在写出供其他展台使用…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="14"/>
        <source>Writing to the USB stick…</source>
        <translation>正在写入U盘…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="24"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="34"/>
        <source>Nothing has changed since the last publish.</source>
        <translation>自上次发布以来没有改动。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="35"/>
        <source>Added %1, changed %2, hidden %3, shown again %4, deleted %5; %6 new image(s).</source>
        <translation>新增 %1，修改 %2，隐藏 %3，重新显示 %4，删除 %5；新图片 %6 张。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="55"/>
        <source>%1 cannot be published: %2</source>
        <translation>%1 无法发布：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="66"/>
        <source>No USB stick</source>
        <translation>不写入U盘</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="75"/>
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="86"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/staff/StaffPublish.qml" line="88"/>
        <source>Published %1 (version %2) in %3 s.</source>
        <translation>已发布 %1（版本 %2），用时 %3 秒。</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SuggestionList.qml" line="15"/>
        <source>Try a shorter search</source>
        <translation>试试更短的搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SuggestionList.qml" line="16"/>
        <source>Search by pinyin initials</source>
        <translation>按拼音首字母搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SuggestionList.qml" line="17"/>
        <source>Popular topics</source>
        <translation>热门主题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SuggestionList.qml" line="18"/>
        <source>Browse by kind</source>
        <translation>按类别浏览</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/SuggestionList.qml" line="19"/>
        <source>Featured exhibits</source>
        <translation>推荐展品</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="81"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="94"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="104"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="142"/>
        <source>Larger text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="154"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="166"/>
        <source>Less motion</source>
        <translation>减少动效</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="178"/>
        <source>Leave staff mode</source>
        <translation>退出工作人员模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/TopBar.qml" line="196"/>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
</context>
<context>
    <name>WhatsOnStrip</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/WhatsOnStrip.qml" line="42"/>
        <source>Events</source>
        <translation>展位活动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/WhatsOnStrip.qml" line="58"/>
        <source>No events are scheduled at the booth</source>
        <translation>展位暂无活动安排</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/WhatsOnStrip.qml" line="71"/>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
</context>
</TS>
