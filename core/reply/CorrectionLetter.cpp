#include "core/reply/CorrectionLetter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <optional>

namespace foi::core {

namespace {

using Kind = ReplyBlock::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("foi::core::CorrectionLetter", text);
}

// "7 December 2026", "7 Rhagfyr 2026": the letter's language.
QString longDate(const QDate &date, LetterLanguage language)
{
    const QLocale locale = language == LetterLanguage::Welsh
                               ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

// The correction's wording from the letter templates; the first failure is kept.
class Wording
{
public:
    explicit Wording(const LetterTemplates &templates)
        : m_templates(templates)
    {}

    QString operator()(const QString &key, const QHash<QString, QString> &values = {})
    {
        Result<QString> text = m_templates.render(key, values);
        if (!text) {
            if (!m_error)
                m_error = text.error();
            return {};
        }
        return text->trimmed();
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    const LetterTemplates &m_templates;
    std::optional<Error> m_error;
};

bool isLetterhead(Kind kind)
{
    return kind == Kind::SenderAddress || kind == Kind::RecipientAddress || kind == Kind::Date ||
           kind == Kind::Reference || kind == Kind::Salutation;
}

QString describe(const ReplyBlock &block)
{
    switch (block.kind) {
    case Kind::Question:
        return tr("Question %1: %2").arg(block.label, block.text);
    case Kind::List: {
        const QString items = block.items.join(QStringLiteral("; "));
        return block.label.isEmpty() ? items : tr("%1 %2").arg(block.label, items);
    }
    case Kind::Paragraph:
    case Kind::Caption:
        return block.label.isEmpty() ? block.text : tr("%1 %2").arg(block.label, block.text);
    default:
        return block.text;
    }
}

QStringList missingFrom(const QStringList &from, const QStringList &other)
{
    const QSet<QString> present(other.cbegin(), other.cend());
    QStringList missing;
    for (const QString &entry : from) {
        if (!present.contains(entry))
            missing.append(entry);
    }
    return missing;
}

} // namespace

QStringList CorrectionLetter::decisionOf(const ReplyDocument &letter)
{
    QStringList decision;
    for (const QList<ReplyBlock> *blocks : {&letter.blocks, &letter.facingBlocks}) {
        bool body = false;
        for (const ReplyBlock &block : *blocks) {
            if (block.kind == Kind::Salutation) {
                body = true;
                continue;
            }
            if (!body || block.kind == Kind::Signature || isLetterhead(block.kind))
                continue;
            const QString text = describe(block).trimmed();
            if (!text.isEmpty())
                decision.append(text);
        }
    }
    return decision;
}

CorrectionLetter::Changes CorrectionLetter::changes(const QStringList &sent,
                                                    const QStringList &amended)
{
    return Changes{missingFrom(sent, amended), missingFrom(amended, sent)};
}

Result<ReplyDocument> CorrectionLetter::compose(const ReplyDocument &amendedReply,
                                                const Facts &facts,
                                                const LetterTemplates &templates)
{
    Wording say(templates);
    const LetterLanguage language = templates.language();
    ReplyDocument letter;
    letter.reference = amendedReply.reference;
    letter.title = say(QStringLiteral("term.correction_title"),
                       {{QStringLiteral("reference"), amendedReply.reference}});
    letter.author = amendedReply.author;
    letter.draft = amendedReply.draft;
    letter.logoPath = amendedReply.logoPath;
    letter.language = letterLanguageTag(language);
    letter.bandReference = amendedReply.bandReference;
    letter.bandPage = amendedReply.bandPage;
    letter.bandDraft = amendedReply.bandDraft;
    letter.watermark = amendedReply.watermark;

    // The letterhead as the reply has it, dated today.
    qsizetype i = 0;
    for (; i < amendedReply.blocks.size(); ++i) {
        ReplyBlock block = amendedReply.blocks.at(i);
        if (!isLetterhead(block.kind))
            break;
        if (block.kind == Kind::Date)
            block.text = longDate(facts.letterDate, language);
        letter.blocks.append(block);
    }

    const QString sentOn = longDate(facts.corrected.sentOn, language);
    const QHash<QString, QString> values{
        {QStringLiteral("sent_on"), sentOn},
        {QStringLiteral("reference"), amendedReply.reference},
        {QStringLiteral("version"), QString::number(facts.corrected.version)}};
    const auto add = [&letter](Kind kind, const QString &text, const QString &label = {},
                               const QStringList &items = {}) {
        letter.blocks.append(ReplyBlock{kind, text, label, items});
    };
    add(Kind::Heading, say(QStringLiteral("term.correction_heading"), values));
    add(Kind::Paragraph, say(QStringLiteral("correction_intro"), values));
    add(Kind::Paragraph, facts.amendment.reason,
        say(QStringLiteral("term.correction_reason_caption")));

    const Changes changed =
        changes(facts.corrected.decision, facts.amendedDecision.value_or(decisionOf(amendedReply)));
    add(Kind::Heading, say(QStringLiteral("term.correction_changes_heading")));
    if (changed.isEmpty()) {
        add(Kind::Paragraph, say(QStringLiteral("correction_unchanged")));
    } else {
        add(Kind::List, {}, say(QStringLiteral("term.correction_said_caption"), values),
            changed.said.isEmpty()
                ? QStringList{say(QStringLiteral("term.correction_nothing_said"))}
                : changed.said);
        add(Kind::List, {}, say(QStringLiteral("term.correction_should_have_said_caption")),
            changed.nowSays.isEmpty()
                ? QStringList{say(QStringLiteral("term.correction_nothing_now"))}
                : changed.nowSays);
    }
    add(Kind::Paragraph, say(QStringLiteral("correction_rest_stands"),
                             {{QStringLiteral("sent_on"), sentOn},
                              {QStringLiteral("version"), QString::number(facts.version)}}));
    if (say.error())
        return *say.error();

    // The rights and the signature, as the amended reply gives them: the rights apply to the
    // corrected decision too.
    qsizetype rights = -1;
    for (qsizetype j = amendedReply.blocks.size() - 1; j >= i; --j) {
        if (amendedReply.blocks.at(j).kind == Kind::Heading) {
            rights = j;
            break;
        }
    }
    if (rights >= 0) {
        for (qsizetype j = rights; j < amendedReply.blocks.size(); ++j)
            letter.blocks.append(amendedReply.blocks.at(j));
    }
    return letter;
}

} // namespace foi::core
