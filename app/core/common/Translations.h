#pragma once

namespace lc {

// Installs the English or Korean translation for the system locale (compiled into the core).
void installTranslations();

} // namespace lc
