// Sizes, colours, type and motion for every screen, following the visitor's choices
// (the `kiosk` context property: KioskState). Sizes are designed for 1920x1080 and
// scaled by `unit`, which Main.qml sets from the window size.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    property real unit: 1.0
    readonly property real textScale: kiosk.textScale
    readonly property bool contrast: kiosk.highContrast
    readonly property bool reducedMotion: kiosk.reducedMotion

    readonly property int minTouch: 64          // smallest tappable size, in device pixels, at any scale
    readonly property int duration: reducedMotion ? 0 : 250
    readonly property int slowDuration: reducedMotion ? 0 : 900

    readonly property color background: contrast ? "#000000" : "#F2F4F7"
    readonly property color surface: contrast ? "#000000" : "#FFFFFF"
    readonly property color text: contrast ? "#FFFFFF" : "#1A2230"
    readonly property color textMuted: contrast ? "#FFFFFF" : "#4A5568"
    readonly property color accent: contrast ? "#FFD400" : "#0B4F8A"
    readonly property color onAccent: contrast ? "#000000" : "#FFFFFF"
    readonly property color pressed: contrast ? "#806A00" : "#1E6DB3"
    readonly property color border: contrast ? "#FFFFFF" : "#D5DBE3"
    readonly property int borderWidth: contrast ? 3 : 1

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
