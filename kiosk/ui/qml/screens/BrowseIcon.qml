// A line icon of the browse screens, drawn as vector paths on a 24x24 grid: sharp at any
// size, in any colour (so it follows high contrast). `name` picks one of the paths below.
import QtQuick
import QtQuick.Shapes
import Kiosk

Item {
    id: icon

    property string name: ""
    property color color: Theme.text
    property real size: Theme.px(32)
    property real stroke: 2

    implicitWidth: size
    implicitHeight: size
    width: size
    height: size

    readonly property var paths: ({
        search: "M10.5 3.8 A6.7 6.7 0 1 1 10.5 17.2 A6.7 6.7 0 1 1 10.5 3.8 Z M15.4 15.4 L20.5 20.5",
        calendar: "M4 6 H20 V20 H4 Z M4 10.5 H20 M8.5 3.5 V7.5 M15.5 3.5 V7.5",
        clock: "M12 3.5 A8.5 8.5 0 1 1 12 20.5 A8.5 8.5 0 1 1 12 3.5 Z M12 7.5 V12 L15 14",
        place: "M12 21 C7 15.5 5 12.4 5 9.5 A7 7 0 0 1 19 9.5 C19 12.4 17 15.5 12 21 Z"
               + " M12 7 A2.5 2.5 0 1 1 12 12 A2.5 2.5 0 1 1 12 7 Z",
        next: "M9.5 4.5 L17 12 L9.5 19.5",
        grid: "M4 4 H10 V10 H4 Z M14 4 H20 V10 H14 Z M4 14 H10 V20 H4 Z M14 14 H20 V20 H14 Z",
        touch: "M9.5 11 V5.2 A1.6 1.6 0 0 1 12.7 5.2 V11.5 M12.7 10.2 A1.6 1.6 0 0 1 15.9 10.2 V12"
               + " M15.9 11.2 A1.6 1.6 0 0 1 19 11.2 V15.5 C19 18.8 17 21 13.8 21 H12.6 C10.6 21 9.4 20.1 8.2 18.5"
               + " L5.2 14.3 A1.5 1.5 0 0 1 7.6 12.5 L9.5 14.6",
        empty: "M4 8 L12 4 L20 8 V16 L12 20 L4 16 Z M4 8 L12 12 L20 8 M12 12 V20"
    })

    Shape {
        width: 24
        height: 24
        scale: icon.size / 24
        transformOrigin: Item.TopLeft
        antialiasing: true

        ShapePath {
            strokeColor: icon.color
            strokeWidth: Theme.contrast ? icon.stroke * 1.2 : icon.stroke
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] !== undefined ? icon.paths[icon.name] : "" }
        }
    }
}
