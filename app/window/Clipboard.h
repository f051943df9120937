#pragma once

#include <QString>

namespace lc {

// The system clipboard as the controllers see it: they link no QtGui, and their tests hand in
// one of their own. SystemClipboard is the real one.
class Clipboard
{
public:
    virtual ~Clipboard() = default;
    virtual QString text() const = 0;
    virtual void setText(const QString &text) = 0;
};

} // namespace lc
