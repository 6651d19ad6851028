#pragma once

#include <QString>
#include <QStringList>

namespace foi::core {

// Proposes the questions of a request from its text, as an officer would read it: a new question
// starts at each line that opens with a list marker of the style the list began with — numbers
// ("1.", "1)", "(1)"), letters ("(a)", "a)"), bullets ("-", "•", "*") or question labels
// ("Q1:", "Question 1:"). Lines with another style (sub-items "(a)" under "1.") and lines without
// a marker belong to the question above; text before the first marker (the greeting) and
// paragraphs after the last question that follow a blank line (the sign-off) are left out.
// A list written on one line ("1. How many? 2. How much?"), numbered from 1 in order, is read as
// if each number began a line. Text with no list marker at all is one question. A proposal only:
// the officer merges, splits and edits afterwards. Never fails; empty text gives no questions.
class QuestionSplitter
{
public:
    static QStringList split(const QString &requestText);

    // `text` without the requester's own list marker at its start ("2. How much" gives "How
    // much"), so a question cut out of another does not carry its number twice ("Q2. 2.").
    static QString withoutMarker(const QString &text);
};

} // namespace foi::core
