<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GalleryScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="12"/>
        <source>知识产权与健康中国 · IP and Healthy China</source>
        <translation type="unfinished">知识产权与健康中国 · IP and Healthy China</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="23"/>
        <source>1 exhibit</source>
        <translation type="unfinished">共 1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="23"/>
        <source>%1 exhibits</source>
        <translation type="unfinished">共 %1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/screens/GalleryScreen.qml" line="120"/>
        <source>No exhibits yet</source>
        <translation type="unfinished">暂无展品</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="15"/>
        <source>IP and Healthy China</source>
        <translation>知识产权与健康中国</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="41"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="48"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
</TS>
