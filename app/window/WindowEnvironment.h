#pragma once

namespace lc {

// The window process's surroundings, set up in main() around QGuiApplication.
namespace WindowEnvironment {

// Chromium writes its own log lines straight to stderr: below FATAL only with --verbose.
// Call before QtWebEngineQuick::initialize().
void quietEngine(bool verbose);

// When Qt's platform plugin cannot start (no display, a broken xcb), Qt aborts with a fatal
// message; this reports DisplayCheck::noDisplayMessage() instead and exits 64 (usage), not a
// crash. Call after installRedactingMessageHandler().
void reportMissingPlatformAsNoDisplay();

// What every window shows through, in this order: the translations for the user's language, a
// font with Hangul, the colour scheme override, the Fusion style unless the user chose one.
// Call after QGuiApplication exists and before any QML is loaded.
void setUpApplication();

// Korean text needs a font with Hangul glyphs: the application font gets one of the installed
// CJK families as its fallback. Call after QGuiApplication exists.
void chooseFontWithHangul();

// The window follows the platform's palette, light or dark. LOGIN_COMPANION_COLOR_SCHEME=dark
// (or light) overrides it, for desktops whose theme Qt cannot read and for screenshots.
void applyColorSchemeOverride();

} // namespace WindowEnvironment
} // namespace lc
