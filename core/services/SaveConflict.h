#pragma once

#include "core/model/Case.h"
#include "core/services/CaseChangeDescriber.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace foi::core {

class CaseEditingService;

// A save refused because another officer saved the case after this one opened it
// (StoreErrorCode::Changed; issue 20 point 3): what the officer typed and the version now stored,
// part by part, so that the officer can choose between them knowing what each holds. Nothing is
// lost while they choose: their typing stays in the open case until they take the other version.
class SaveConflict
{
public:
    // Reads the version now stored of `mine`'s case through `cases` and compares the two. The
    // service's next save stays based on the version the officer opened until they choose, so
    // an autosave meanwhile is refused again rather than overwriting the other version. `refusal`
    // is the save's error (it says who saved and when). Fails with the store's error when the case
    // cannot be read.
    [[nodiscard]] static Result<SaveConflict> read(CaseEditingService &cases, const Case &mine,
                                                   const Error &refusal);

    // Who saved the other version and when, as the store said it.
    const QString &why() const { return m_why; }
    const Case &mine() const { return m_mine; }
    const Case &theirs() const { return m_theirs; }
    // The parts that differ, in the case file's order: `was` is the stored version's, `now` the
    // officer's. Empty when the other officer's save left the same words (only its version
    // moved): keeping the officer's version then loses nothing of theirs.
    const QList<CaseChangeDescriber::ValueChange> &differences() const { return m_differences; }

    // Saves the officer's version over the other one. Fails as CaseEditingService::save does:
    // with StoreErrorCode::Changed again if a third save came in between.
    [[nodiscard]] Status keepMine(CaseEditingService &cases) const;
    // Bases the service's next save on the other version, which the officer has taken in place
    // of their typing.
    void takeTheirs(CaseEditingService &cases) const;

private:
    QString m_why;
    Case m_mine;
    Case m_theirs;
    qint64 m_theirVersion = 0;
    QList<CaseChangeDescriber::ValueChange> m_differences;
};

} // namespace foi::core
