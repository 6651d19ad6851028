// Hostile text through the GUI (issue 11, item 6): requesters' names and requests with
// right-to-left and zero-width characters, emoji, SQL-looking and markup-looking strings and a
// 1 MB request are pasted into the Request step as an officer would. The store keeps them
// exactly; the case's title, the questions, the case list, the findings panel, the history
// dialog, the tool tips and the reply preview show them as the very text typed, never as markup
// (a QLabel or tool tip in Qt::AutoText takes "<b>x</b>" for rich text); window titles name the
// case. How long the 1 MB paste takes is printed, not asserted (see tests/bench for speed).
//
// With FOI_SCREENSHOT_DIR set, each case is also saved there as a PNG (run under Xvfb to look).
#include "tests/ui/WorkbenchFixture.h"

#include "core/model/CaseFile.h"
#include "core/services/CaseAutosaver.h"
#include "core/services/CaseDocument.h"
#include "ui/history/CaseHistoryDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/CaseListModel.h"
#include "ui/workspace/CaseWorkspace.h"
#include "ui/workspace/ReplyStep.h"
#include "ui/workspace/WorkspaceStep.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>

using namespace foi;

namespace {

// What the officer reads of `text` shown in `format`: in Qt::AutoText, QLabel and tool tips take
// text that looks like markup for rich text.
QString asShown(const QString &text, Qt::TextFormat format)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// A text carries `needle` when it holds it as it is or escaped for rich text; then the officer
// must read it as it is.
QString problemWith(const QString &where, const QString &raw, Qt::TextFormat format,
                    const QString &needle)
{
    if (!raw.contains(needle) && !raw.contains(needle.toHtmlEscaped()))
        return {};
    const QString shown = asShown(raw, format);
    if (shown.contains(needle))
        return {};
    return QStringLiteral("%1 shows \"%2\" as \"%3\"").arg(where, needle, shown.left(200));
}

// Every label, tool tip and item view of `root` that carries one of `needles` shows it as plain
// text. Returns what does not.
QStringList sweep(QWidget *root, const QStringList &needles)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        const QString name = widget->objectName().isEmpty()
                                 ? QString::fromLatin1(widget->metaObject()->className())
                                 : widget->objectName();
        for (const QString &needle : needles) {
            if (auto *label = qobject_cast<QLabel *>(widget))
                problems << problemWith(name, label->text(), label->textFormat(), needle);
            problems << problemWith(name + QStringLiteral(" tool tip"), widget->toolTip(),
                                    Qt::AutoText, needle);
        }
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel &model = *view->model();
        for (int row = 0; row < qMin(model.rowCount(), 500); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (const QString &needle : needles)
                    problems << problemWith(QStringLiteral("%1 row %2 tool tip").arg(name).arg(row),
                                            index.data(Qt::ToolTipRole).toString(), Qt::AutoText,
                                            needle);
            }
        }
    }
    problems.removeAll(QString());
    return problems;
}

} // namespace

class TestHostileTextGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkbenchFixture> m_fixture;

    ui::Workbench &workbench() { return *m_fixture->workbench; }
    ui::MainWindow &window() { return workbench().window(); }
    template<typename T> T *find(const QString &name)
    {
        T *widget = window().findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void showStep(const QString &name)
    {
        ui::CaseWorkspace &workspace = workbench().workspace();
        for (int i = 0; i < workspace.steps().size(); ++i) {
            if (workspace.steps().at(i)->objectName() == name)
                workspace.showStep(i);
        }
    }

    // Pastes `text` into `field`, as an officer pastes what the requester wrote.
    static void paste(QWidget *field, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        field->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->paste();
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
            edit->paste();
    }

    void screenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("FOI_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            window().grab().save(folder + QStringLiteral("/hostile-text-%1.png").arg(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<WorkbenchFixture>(m_dir.path());
        window().resize(1366, 768);
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void shownAsPlainText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("inTheLetter"); // what the reply preview must show as it is
        QTest::addColumn<bool>("propose");        // split the request into questions

        QTest::newRow("right-to-left")
            << QStringLiteral("Zed \u202Egnp.exe\u202C \u0633\u0627\u0631\u0629")
            << QStringLiteral("1. \u0645\u0631\u062D\u0628\u0627 the \u05E9\u05DC\u05D5\u05DD "
                              "budgets?\n2. The \u202Eseno rehto\u202C ones?")
            << QStringLiteral("Zed") << true;
        QTest::newRow("zero-width")
            << QStringLiteral("Ze\u200Bro\u200D Wi\uFEFFdth Person")
            << QStringLiteral("How\u200B many\u2060 cameras?") << QStringLiteral("Person") << true;
        QTest::newRow("emoji") << QStringLiteral("Emoji \U0001F600 \U0001F469\u200D\U0001F4BB "
                                                 "\U0001F1EC\U0001F1E7 Fan")
                               << QStringLiteral("Budgets \U0001F4B0 for \U0001F693 please?")
                               << QStringLiteral("Emoji") << true;
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE cases; --")
                             << QStringLiteral("1. '; DROP TABLE cases; --\n2. ' OR '1'='1' -- "
                                               "SELECT * FROM audit_log?")
                             << QStringLiteral("Robert'); DROP TABLE cases; --") << true;
        QTest::newRow("markup")
            << QStringLiteral("<b>x</b> <img src=x> &amp; Co")
            << QStringLiteral("1. <b>bold</b> <img src=x> budgets?\n2. <a href=\"http://x\">link"
                              "</a> <script>alert(1)</script> &lt;tags&gt; and more?")
            << QStringLiteral("<b>x</b> <img src=x> &amp; Co") << true;
        QString huge = QStringLiteral("Please send the <b>budgets</b> for cameras.\n");
        while (huge.size() < 1024 * 1024)
            huge += QStringLiteral("Line %1 of a very long request about <i>surveillance</i> "
                                   "budgets, \u202Ewith\u202C \u200Bhostile\U0001F600 text.\n")
                        .arg(huge.size());
        QTest::newRow("1 MB request") << QStringLiteral("<i>Long</i> Request Person") << huge
                                      << QStringLiteral("<i>Long</i> Request Person") << false;
    }

    void shownAsPlainText()
    {
        QFETCH(QString, name);
        QFETCH(QString, request);
        QFETCH(QString, inTheLetter);
        QFETCH(bool, propose);

        workbench().newRequest();
        const QString reference = workbench().document().current().reference;
        QVERIFY(!reference.isEmpty());
        showStep(QStringLiteral("requestStep"));
        paste(find<QLineEdit>(QStringLiteral("requesterNameEdit")), name);
        QElapsedTimer pasting;
        pasting.start();
        auto *requestEdit = find<QPlainTextEdit>(QStringLiteral("requestTextEdit"));
        paste(requestEdit, request);
        QCoreApplication::processEvents();
        qInfo("%lld characters pasted and shown in %lld ms", qint64(request.size()),
              qint64(pasting.elapsed()));
        QCOMPARE(requestEdit->toPlainText(), request);
        QCOMPARE(find<QLineEdit>(QStringLiteral("requesterNameEdit"))->text(), name);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        screenshot(tag);

        if (propose) {
            showStep(QStringLiteral("questionsStep"));
            find<QPushButton>(QStringLiteral("proposeQuestionsButton"))->click();
            QVERIFY(!workbench().document().current().questions.isEmpty());
            screenshot(tag + QStringLiteral("-questions"));
        }
        workbench().autosaver().flush();

        // The store holds exactly what was pasted.
        auto stored = m_fixture->store->cases().load(reference);
        QVERIFY(stored);
        auto loaded = core::CaseFile::read(stored->record.document);
        QVERIFY(loaded);
        QCOMPARE(loaded->requester.name, name);
        QCOMPARE(loaded->requestText, request);

        QStringList needles{name};
        for (const core::Question &question : loaded->questions)
            needles << question.text;

        // The case's title, and every label, tool tip and list of the workspace (questions,
        // findings) on each step.
        QCOMPARE(find<QLabel>(QStringLiteral("caseTitleLabel"))->textFormat(), Qt::PlainText);
        QVERIFY(find<QLabel>(QStringLiteral("caseTitleLabel"))->text().contains(name));
        for (ui::WorkspaceStep *step : workbench().workspace().steps()) {
            showStep(step->objectName());
            const QStringList problems = sweep(&window(), needles);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        if (propose) {
            auto *questions = find<QAbstractItemView>(QStringLiteral("questionsListView"));
            const QString first = questions->model()->index(0, 0).data().toString();
            QVERIFY2(first.contains(loaded->questions.constFirst().text.simplified()),
                     qPrintable(first));
        }

        // The reply preview: the letter shows the name as typed.
        showStep(QStringLiteral("replyStep"));
        if (propose) {
            QSignalSpy ready(&workbench().replyStep(), &ui::ReplyStep::previewReady);
            workbench().replyStep().updatePreview();
            QVERIFY(ready.wait(30000) || !ready.isEmpty());
            QPdfDocument *pdf = workbench().replyStep().previewDocument();
            QString letter;
            for (int page = 0; page < pdf->pageCount(); ++page)
                letter += pdf->getAllText(page).text();
            QVERIFY2(letter.contains(inTheLetter), qPrintable(letter.left(400)));
        }

        // The history dialog and its title.
        workbench().showCaseHistory();
        auto *history = window().findChild<ui::CaseHistoryDialog *>();
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        QCOMPARE(history->windowTitle(), QStringLiteral("History of case %1").arg(reference));
        const QStringList inHistory = sweep(history, needles);
        QVERIFY2(inHistory.isEmpty(), qPrintable(inHistory.join(QLatin1Char('\n'))));
        history->close();
        QCOMPARE(window().windowTitle(), QStringLiteral("FOI Workbench"));

        // The case list shows the name as it is.
        workbench().showCaseList();
        ui::CaseListModel &list = workbench().caseListModel();
        bool listed = false;
        for (int row = 0; row < list.rowCount(); ++row) {
            if (list.index(row, ui::CaseListModel::Reference).data().toString() == reference) {
                QCOMPARE(list.index(row, ui::CaseListModel::Requester).data().toString(), name);
                listed = true;
            }
        }
        QVERIFY(listed);
        const QStringList inList = sweep(&window(), needles);
        QVERIFY2(inList.isEmpty(), qPrintable(inList.join(QLatin1Char('\n'))));
        QVERIFY(m_fixture->notifier.errors.isEmpty());
    }
};

QTEST_MAIN(TestHostileTextGui)
#include "tst_hostile_text_gui.moc"
