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
        close: { stroke: "M6 6 L18 18 M18 6 L6 18" },
        // Staff mode: leaving it, closing the kiosk, and its pages.
        leave: { stroke: "M13 4 H5.5 V20 H13 M9.5 12 H20.5 M17 8.5 L20.5 12 L17 15.5" },
        power: { stroke: "M12 3.5 V11.5 M7 6.8 A7.2 7.2 0 1 0 17 6.8" },
        grid: { stroke: "M4 4 H10 V10 H4 Z M14 4 H20 V10 H14 Z M4 14 H10 V20 H4 Z M14 14 H20 V20 H14 Z" },
        arrange: { stroke: "M3.5 6 H13.5 M3.5 12 H13.5 M3.5 18 H13.5 M18.5 4 V20 M16 6.5 L18.5 4 L21 6.5"
                           + " M16 17.5 L18.5 20 L21 17.5" },
        publish: { stroke: "M12 15 V4 M7.5 8.5 L12 4 L16.5 8.5 M4 14 V20 H20 V14" },
        history: { stroke: "M12 3.2 A8.8 8.8 0 1 1 12 20.8 A8.8 8.8 0 1 1 12 3.2 Z M12 7.5 V12 L15.5 14.2" },
        settings: { stroke: "M4 7 H8 M12 7 H20 M10 5 A2 2 0 1 1 10 9 A2 2 0 1 1 10 5 Z M4 17 H12 M16 17 H20"
                            + " M14 15 A2 2 0 1 1 14 19 A2 2 0 1 1 14 15 Z" }
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
