#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace foi::core {

// How long a request waits for the clarification asked for under s1(3) before it may be closed
// as lapsed, as data (resources/law/request-lapse.json, resource ":/law/request-lapse.json",
// with its source). The Act sets no period; the reading is in resources/law/README.md.
// fromJson() validates each field and fails with code "law.lapse.invalid" naming it.
class LapsePolicy
{
public:
    [[nodiscard]] static Result<LapsePolicy> fromJson(const QByteArray &json);
    // The built-in data; fails only when the build lost its resource.
    [[nodiscard]] static Result<LapsePolicy> builtIn();

    int clarificationWaitMonths() const { return m_waitMonths; }
    const QString &source() const { return m_source; }
    // The first day a request whose clarification was sought on `sought` may lapse.
    QDate earliestLapse(const QDate &sought) const { return sought.addMonths(m_waitMonths); }

private:
    int m_waitMonths = 3;
    QString m_source;
};

} // namespace foi::core
