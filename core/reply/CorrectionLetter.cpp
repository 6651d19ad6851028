#include "core/reply/CorrectionLetter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace foi::core {

namespace {

using Kind = ReplyBlock::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("foi::core::CorrectionLetter", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

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
    bool body = false;
    for (const ReplyBlock &block : letter.blocks) {
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
    return decision;
}

CorrectionLetter::Changes CorrectionLetter::changes(const QStringList &sent,
                                                    const QStringList &amended)
{
    return Changes{missingFrom(sent, amended), missingFrom(amended, sent)};
}

ReplyDocument CorrectionLetter::compose(const ReplyDocument &amendedReply, const Facts &facts)
{
    ReplyDocument letter;
    letter.title = tr("Correction to our reply, %1").arg(amendedReply.reference);
    letter.author = amendedReply.author;
    letter.reference = amendedReply.reference;
    letter.draft = amendedReply.draft;
    letter.logoPath = amendedReply.logoPath;

    // The letterhead as the reply has it, dated today.
    qsizetype i = 0;
    for (; i < amendedReply.blocks.size(); ++i) {
        ReplyBlock block = amendedReply.blocks.at(i);
        if (!isLetterhead(block.kind))
            break;
        if (block.kind == Kind::Date)
            block.text = longDate(facts.letterDate);
        letter.blocks.append(block);
    }

    const QString sentOn = longDate(facts.corrected.sentOn);
    const auto add = [&letter](Kind kind, const QString &text, const QString &label = {},
                               const QStringList &items = {}) {
        letter.blocks.append(ReplyBlock{kind, text, label, items});
    };
    add(Kind::Heading, tr("A correction to our reply of %1").arg(sentOn));
    add(Kind::Paragraph,
        tr("On %1 we sent you our reply to your request, our reference %2 (version %3 of our "
           "reply). We have since found that part of that reply was wrong, and this letter "
           "corrects it.")
            .arg(sentOn, amendedReply.reference)
            .arg(facts.corrected.version));
    add(Kind::Paragraph, facts.amendment.reason, tr("Why we are correcting it:"));

    const Changes changed = changes(facts.corrected.decision, decisionOf(amendedReply));
    add(Kind::Heading, tr("What has changed"));
    if (changed.isEmpty()) {
        add(Kind::Paragraph, tr("The wording of our decision is unchanged; this letter records "
                                "the reason above."));
    } else {
        add(Kind::List, {}, tr("Our reply of %1 said:").arg(sentOn),
            changed.said.isEmpty() ? QStringList{tr("(nothing on this point)")} : changed.said);
        add(Kind::List, {}, tr("It should have said:"),
            changed.nowSays.isEmpty() ? QStringList{tr("(nothing: that part no longer applies)")}
                                      : changed.nowSays);
    }
    add(Kind::Paragraph, tr("The rest of our reply of %1 stands. Please read it together with "
                            "this letter, which is version %2 of our reply.")
                             .arg(sentOn)
                             .arg(facts.version));

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
