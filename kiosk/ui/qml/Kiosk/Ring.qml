// A progress ring: a faint full circle with an arc over it for `fraction` (0 to 1),
// starting at twelve o'clock and running clockwise.
import QtQuick
import QtQuick.Shapes

Shape {
    id: ring

    property real fraction: 0
    property real lineWidth: Theme.px(10)
    property color color: Theme.accent
    property color trackColor: Theme.track

    readonly property real radius: (Math.min(width, height) - lineWidth) / 2

    antialiasing: true

    ShapePath {
        strokeColor: ring.trackColor
        strokeWidth: ring.lineWidth
        fillColor: "transparent"
        PathAngleArc {
            centerX: ring.width / 2; centerY: ring.height / 2
            radiusX: ring.radius; radiusY: ring.radius
            startAngle: 0; sweepAngle: 360
        }
    }
    ShapePath {
        strokeColor: ring.fraction > 0 ? ring.color : "transparent"
        strokeWidth: ring.lineWidth
        fillColor: "transparent"
        capStyle: ShapePath.RoundCap
        PathAngleArc {
            centerX: ring.width / 2; centerY: ring.height / 2
            radiusX: ring.radius; radiusY: ring.radius
            startAngle: -90; sweepAngle: 360 * Math.max(0, Math.min(1, ring.fraction))
        }
    }
}
