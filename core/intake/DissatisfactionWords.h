#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace foi::core {

// The words that show a requester is dissatisfied with an answer (resources/intake/
// dissatisfaction.json, with its source: the s45 Code of Practice treats any written expression
// of dissatisfaction as a request for internal review). firstIn() finds the first phrase in a
// message, case-insensitively and as whole words, so that the intake can offer "Open internal
// review"; an offer only, the officer decides. fromJson() fails (code "intake.words.invalid")
// naming what is wrong with the file.
class DissatisfactionWords
{
public:
    [[nodiscard]] static Result<DissatisfactionWords> builtIn();
    [[nodiscard]] static Result<DissatisfactionWords> fromJson(const QByteArray &json);

    // The phrase as the list has it, or an empty string when none appears.
    QString firstIn(const QString &text) const;
    const QStringList &phrases() const { return m_phrases; }

private:
    explicit DissatisfactionWords(QStringList phrases);

    QStringList m_phrases;
};

} // namespace foi::core
