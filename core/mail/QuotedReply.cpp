#include "core/mail/QuotedReply.h"

#include <QRegularExpression>
#include <QStringList>

namespace foi::core {

QString QuotedReply::newText(const QString &body)
{
    static const QRegularExpression opening(
        QStringLiteral("^(On\\b.{0,300}\\bwrote:\\s*$|-{2,}\\s*Original Message\\s*-{2,}|"
                       "-{2,}\\s*Forwarded message\\s*-{2,}|From:\\s|_{10,}\\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (opening.match(trimmed).hasMatch())
            break;
        if (!trimmed.startsWith(QLatin1Char('>')))
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}

} // namespace foi::core
