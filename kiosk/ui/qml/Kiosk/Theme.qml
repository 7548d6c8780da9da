// Sizes, colours, type and motion for every screen, following the visitor's choices
// (textScale, contrast, reducedMotion), which the window binds (Main.qml). Sizes are
// designed for 1920x1080 and scaled by `unit`, which the window sets from its size.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    property real unit: 1.0
    property real textScale: 1.0
    property bool contrast: false
    property bool reducedMotion: false

    readonly property int minTouch: 64          // smallest tappable size, in device pixels, at any scale
    // A screenshot's window (app.grab) is still: drawn at once as its transitions would end, it waits for no fade.
    property bool still: false
    readonly property bool motionless: reducedMotion || still
    readonly property int duration: motionless ? 0 : 250
    readonly property int slowDuration: motionless ? 0 : 900
    readonly property int fastDuration: motionless ? 0 : 90     // pressed feedback

    // The shell's sizes: the top bar and its buttons, corner radii.
    readonly property int topBarHeight: Math.max(minTouch + 16, Math.round(104 * unit))
    readonly property int barButtonHeight: Math.max(minTouch, Math.round(72 * unit))
    readonly property int radius: px(16)
    readonly property int radiusLarge: px(28)

    readonly property color background: contrast ? "#000000" : "#F2F4F7"
    readonly property color surface: contrast ? "#000000" : "#FFFFFF"
    readonly property color text: contrast ? "#FFFFFF" : "#1A2230"
    readonly property color textMuted: contrast ? "#FFFFFF" : "#4A5568"
    readonly property color accent: contrast ? "#FFD400" : "#0B4F8A"
    // Text and icons on the accent colour. (Not "onAccent": QML reads on<Name> as a signal handler.)
    readonly property color accentText: contrast ? "#000000" : "#FFFFFF"
    readonly property color pressed: contrast ? "#806A00" : "#1E6DB3"
    readonly property color border: contrast ? "#FFFFFF" : "#D5DBE3"
    readonly property int borderWidth: contrast ? 3 : 1

    readonly property color chrome: contrast ? "#000000" : "#FFFFFF"            // the top bar
    readonly property color chromeLine: contrast ? "#FFFFFF" : "#E1E6ED"
    readonly property color control: contrast ? "#000000" : "#EEF2F7"          // a button at rest
    readonly property color scrim: contrast ? Qt.rgba(0, 0, 0, 0.9) : Qt.rgba(0.05, 0.09, 0.15, 0.62)
    readonly property color danger: contrast ? "#FFD400" : "#B42318"
    readonly property color track: contrast ? "#FFFFFF" : "#E3E8EF"            // the unfilled part of a ring

    readonly property var kindColors: ({
        patent: "#1565C0", trademark: "#6A1B9A", gi: "#2E7D32",
        story: "#C62828", guide: "#00838F", event: "#E65100"
    })

    function kindColor(kind) {
        if (contrast)
            return "#FFD400"
        return kindColors[kind] !== undefined ? kindColors[kind] : "#455A64"
    }

    // A length of `v` pixels at 1920x1080.
    function px(v) {
        return Math.round(v * unit)
    }

    // A font size of `v` pixels at 1920x1080, enlarged when the visitor asked for larger text.
    function fontPx(v) {
        return Math.round(v * unit * textScale)
    }

    // A tappable size: `v` pixels at 1920x1080, never below minTouch.
    function touch(v) {
        return Math.max(minTouch, Math.round(v * unit))
    }
}
