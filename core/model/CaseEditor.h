#pragma once

#include <QDateTime>
#include <QString>

namespace foi::core {

// Another officer who has a case open in their workbench on the same team store: who (their
// login on the server) and since when (issue 20 point 3).
struct CaseEditor
{
    QString officer;
    QDateTime since;
};

} // namespace foi::core
