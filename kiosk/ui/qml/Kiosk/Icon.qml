// A line icon drawn as vector paths on a 24x24 grid, so it is sharp at any size and takes
// any colour (it follows high contrast). `name` picks one of the paths below.
import QtQuick
import QtQuick.Shapes

Item {
    id: icon

    property string name: ""
    property color color: Theme.text
    property real size: Theme.px(32)

    implicitWidth: size
    implicitHeight: size

    // stroke: outlines drawn with a round 2-unit pen; fill: solid areas.
    readonly property var paths: ({
        back: { stroke: "M14.5 4.5 L7 12 L14.5 19.5" },
        home: { stroke: "M3 11.2 L12 3.8 L21 11.2 M5.8 9.3 V20 H10 V14.5 H14 V20 H18.2 V9.3" },
        search: { stroke: "M10.5 3.8 A6.7 6.7 0 1 1 10.5 17.2 A6.7 6.7 0 1 1 10.5 3.8 Z M15.4 15.4 L20.5 20.5" },
        globe: { stroke: "M12 3 A9 9 0 1 1 12 21 A9 9 0 1 1 12 3 Z M3.2 12 H20.8 M12 3 C8.4 6.4 8.4 17.6 12 21"
                         + " M12 3 C15.6 6.4 15.6 17.6 12 21" },
        textSize: { stroke: "M2.5 19.5 L8 5 L13.5 19.5 M4.4 14.5 H11.6 M18.5 7 V15 M14.5 11 H22.5" },
        contrast: { stroke: "M12 3.2 A8.8 8.8 0 1 1 12 20.8 A8.8 8.8 0 1 1 12 3.2 Z",
                    fill: "M12 3.2 A8.8 8.8 0 0 1 12 20.8 Z" },
        motion: { stroke: "M2.5 8.5 H8.5 M1.5 12 H7.5 M2.5 15.5 H8.5"
                          + " M16 7.2 A4.8 4.8 0 1 1 16 16.8 A4.8 4.8 0 1 1 16 7.2 Z" },
        erase: { stroke: "M9 5 H19 A2 2 0 0 1 21 7 V17 A2 2 0 0 1 19 19 H9 L2.8 12 Z M11.8 9.3 L16.8 14.7 M16.8 9.3"
                         + " L11.8 14.7" },
        check: { stroke: "M4.5 12.5 L9.8 17.8 L19.5 7" },
        lock: { stroke: "M5.5 10.5 H18.5 V20.5 H5.5 Z M8.5 10.5 V7.5 A3.5 3.5 0 0 1 15.5 7.5 V10.5" },
        close: { stroke: "M6 6 L18 18 M18 6 L6 18" }
    })
    readonly property var shape: paths[name] !== undefined ? paths[name] : ({})

    Shape {
        width: 24
        height: 24
        scale: icon.size / 24
        transformOrigin: Item.TopLeft
        antialiasing: true

        ShapePath {
            strokeColor: icon.color
            strokeWidth: Theme.contrast ? 2.4 : 2
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.shape.stroke !== undefined ? icon.shape.stroke : "" }
        }
        ShapePath {
            strokeColor: "transparent"
            fillColor: icon.color
            PathSvg { path: icon.shape.fill !== undefined ? icon.shape.fill : "" }
        }
    }
}
