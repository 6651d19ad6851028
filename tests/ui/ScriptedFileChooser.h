#pragma once

#include "ui/widgets/FileChooser.h"

#include <QList>
#include <QString>
#include <QStringList>

// A file chooser a test scripts: it queues the officer's answers (answer(path), answerFiles(...),
// cancelNext()), gives them in order to whatever dialog is asked next, and records every question
// (its kind, caption, start and filter) in `asked`. A question with no answer queued gets the
// standing answer (answerAlways(path)) if there is one, and is otherwise cancelled, as an officer
// pressing Escape would.
class ScriptedFileChooser final : public foi::ui::FileChooser
{
public:
    enum class Kind { OpenFile, OpenFiles, SaveFile, Folder };
    struct Question
    {
        Kind kind;
        QString caption;
        QString start;
        QString filter;
    };

    // The next dialog is answered with `path` (for openFiles: that one file).
    void answer(const QString &path) { m_answers.append(QStringList{path}); }
    void answerFiles(const QStringList &paths) { m_answers.append(paths); }
    // The next dialog is cancelled.
    void cancelNext() { m_answers.append(QStringList{}); }
    // Every dialog with no answer queued is answered with `path` from now on (empty: cancelled).
    void answerAlways(const QString &path) { m_standing = path; }
    // Answers queued and not yet asked for.
    qsizetype pending() const { return m_answers.size(); }

    QString openFile(QWidget *, const QString &caption, const QString &start,
                     const QString &filter) override
    {
        return next(Kind::OpenFile, caption, start, filter).value(0);
    }
    QStringList openFiles(QWidget *, const QString &caption, const QString &start,
                          const QString &filter) override
    {
        return next(Kind::OpenFiles, caption, start, filter);
    }
    QString saveFile(QWidget *, const QString &caption, const QString &start,
                     const QString &filter) override
    {
        return next(Kind::SaveFile, caption, start, filter).value(0);
    }
    QString folder(QWidget *, const QString &caption, const QString &start) override
    {
        return next(Kind::Folder, caption, start, {}).value(0);
    }

    QList<Question> asked;

private:
    QStringList next(Kind kind, const QString &caption, const QString &start, const QString &filter)
    {
        asked.append({kind, caption, start, filter});
        if (!m_answers.isEmpty())
            return m_answers.takeFirst();
        return m_standing.isEmpty() ? QStringList{} : QStringList{m_standing};
    }

    QList<QStringList> m_answers;
    QString m_standing;
};
