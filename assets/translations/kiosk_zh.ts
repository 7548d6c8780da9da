<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="13"/>
        <source>IP and Healthy China</source>
        <translation>知识产权与健康中国</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="17"/>
        <source>知识产权与健康中国 · IP and Healthy China</source>
        <translation>知识产权与健康中国 · IP and Healthy China</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="28"/>
        <source>1 exhibit</source>
        <translation>共 1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="28"/>
        <source>%1 exhibits</source>
        <translation>共 %1 件展品</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Main.qml" line="125"/>
        <source>No exhibits yet</source>
        <translation>暂无展品</translation>
    </message>
</context>
</TS>
