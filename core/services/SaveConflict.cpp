#include "core/services/SaveConflict.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseEditingService.h"

#include <QJsonDocument>

namespace foi::core {

namespace {

QJsonObject asObject(const Case &theCase)
{
    return QJsonDocument::fromJson(CaseFile::write(theCase)).object();
}

} // namespace

Result<SaveConflict> SaveConflict::read(CaseEditingService &cases, const Case &mine,
                                        const Error &refusal)
{
    Result<CaseEditingService::StoredVersion> stored = cases.stored(mine.reference);
    if (!stored)
        return stored.error();
    SaveConflict conflict;
    // The refusal's first sentence says who saved and when; the rest tells an officer with no
    // choice in front of them what to do, which this choice replaces.
    const qsizetype end = refusal.message.indexOf(QStringLiteral("). "));
    conflict.m_why = end < 0 ? refusal.message : refusal.message.left(end + 2);
    conflict.m_mine = mine;
    conflict.m_theirs = stored->theCase;
    conflict.m_theirVersion = stored->version;
    conflict.m_differences = CaseChangeDescriber::values(asObject(stored->theCase), asObject(mine));
    return conflict;
}

Status SaveConflict::keepMine(CaseEditingService &cases) const
{
    cases.rebase(m_mine.reference, m_theirVersion);
    return cases.save(m_mine);
}

void SaveConflict::takeTheirs(CaseEditingService &cases) const
{
    cases.rebase(m_theirs.reference, m_theirVersion);
}

} // namespace foi::core
