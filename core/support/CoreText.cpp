#include "core/support/CoreText.h"

#include <QCoreApplication>

namespace foi::core {

QString coreText(const char *context, const char *text)
{
    const QString inClass = QCoreApplication::translate(context, text);
    if (inClass != QString::fromUtf8(text))
        return inClass;
    return QCoreApplication::translate("foi::core", text);
}

} // namespace foi::core
