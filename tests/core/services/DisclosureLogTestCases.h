#pragma once

#include "core/model/Case.h"

#include <QDate>
#include <QString>

// A closed case for the disclosure log's tests: a reply sent, a requester with every detail, a
// request text and a decision that mention them and a third party's phone number.
namespace disclosurelogtest {

inline foi::core::Case closedCase(const QString &reference)
{
    using namespace foi::core;
    Case c;
    c.reference = reference;
    c.title = QStringLiteral("Potholes repaired on Mill Lane");
    c.dateOfReceipt = QDate(2026, 3, 2);
    c.requester.name = QStringLiteral("Dr Priya Raman");
    c.requester.email = QStringLiteral("priya.raman@example.net");
    c.requester.addressForCorrespondence = QStringLiteral("4 Beech Close\nWakefield\nWF1 2PQ");
    c.requestText = QStringLiteral(
        "Dear FOI team,\nplease tell me how many potholes were repaired on Mill Lane in 2025.\n"
        "Reply to priya.raman@example.net or by post to 4 Beech Close, WF1 2PQ.\nPriya\nRaman");
    Question q;
    q.id = QStringLiteral("Q1");
    q.text = QStringLiteral("How many potholes were repaired on Mill Lane in 2025?");
    q.determination.holding = Holding::Held;
    q.determination.communication = Communication::InFull;
    c.questions.append(q);
    SentLetter letter;
    letter.version = 1;
    letter.sentOn = QDate(2026, 3, 27);
    letter.decision = {QStringLiteral("Dear Dr Raman,"),
                       QStringLiteral("We repaired 41 potholes on Mill Lane in 2025. Our "
                                      "highways team can be reached on 01924 306090.")};
    c.reply.sentOn = letter.sentOn;
    c.reply.sent.append(letter);
    return c;
}

} // namespace disclosurelogtest
