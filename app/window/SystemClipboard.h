#pragma once

#include "Clipboard.h"

namespace lc {

// QGuiApplication's clipboard (the selection buffer is never used: a token there would be pasted
// by a middle click anywhere).
class SystemClipboard : public Clipboard
{
public:
    QString text() const override;
    void setText(const QString &text) override; // empty: clears it
};

} // namespace lc
