#include "ui/help/GuideDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace foi::ui {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("FOI Workbench guide"));
    createWidgets();
    layOut();
    createShortcuts();
    loadGuide();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 40);
}

void GuideDialog::createWidgets()
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("guideSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find in the guide, e.g. undo or Ctrl+PgDown"));
    m_searchEdit->setAccessibleName(tr("Find in the guide"));
    m_searchEdit->setAccessibleDescription(
        tr("Finds as you type; Enter goes to the next place, Shift+Enter to the one before"));
    m_searchEdit->setClearButtonEnabled(true);
    m_matchesLabel = new QLabel(this);
    m_matchesLabel->setObjectName(QStringLiteral("guideMatchesLabel"));
    m_previousButton = new QPushButton(tr("&Previous"), this);
    m_previousButton->setObjectName(QStringLiteral("guidePreviousButton"));
    m_previousButton->setAutoDefault(false);
    m_nextButton = new QPushButton(tr("&Next"), this);
    m_nextButton->setObjectName(QStringLiteral("guideNextButton"));
    m_nextButton->setAutoDefault(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Guide"));
    // The guide is read here; links to the web open in the browser, other links are inert.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &GuideDialog::highlight);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &GuideDialog::findNext);
    connect(m_nextButton, &QPushButton::clicked, this, &GuideDialog::findNext);
    connect(m_previousButton, &QPushButton::clicked, this, &GuideDialog::findPrevious);
}

void GuideDialog::layOut()
{
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_searchEdit);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(findLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_matchesLabel);
    searchRow->addWidget(m_previousButton);
    searchRow->addWidget(m_nextButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search box goes to the next place; it must not close the guide.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    setTabOrder(m_searchEdit, m_previousButton);
    setTabOrder(m_previousButton, m_nextButton);
    setTabOrder(m_nextButton, m_browser);
}

void GuideDialog::createShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *key = new QShortcut(keys, this);
        connect(key, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::FindNext, &GuideDialog::findNext);
    shortcut(QKeySequence::FindPrevious, &GuideDialog::findPrevious);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), &GuideDialog::findPrevious);
    shortcut(QKeySequence::Find, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
}

void GuideDialog::loadGuide()
{
    QFile file(QStringLiteral(":/guide/guide.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build lacks it; say where the same text is.
        m_browser->setPlainText(tr("The guide is missing from this build. The same text is in "
                                   "README.md, under \"How to use it\"."));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
}

void GuideDialog::highlight(const QString &text)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString wanted = text.trimmed();
    if (!wanted.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        QTextCursor at(m_browser->document());
        while (!(at = m_browser->document()->find(wanted, at)).isNull())
            marks.append({at, format});
    }
    m_browser->setExtraSelections(marks);
    m_matches = static_cast<int>(marks.size());
    m_matchesLabel->setText(wanted.isEmpty() ? QString()
                            : m_matches == 0 ? tr("Not found")
                            : m_matches == 1 ? tr("1 place")
                                             : tr("%1 places").arg(m_matches));
    m_previousButton->setEnabled(m_matches > 0);
    m_nextButton->setEnabled(m_matches > 0);
    // The first place is shown as the officer types.
    QTextCursor start = m_browser->textCursor();
    start.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(start);
    if (m_matches > 0)
        find(false);
}

void GuideDialog::findNext()
{
    find(false);
}

void GuideDialog::findPrevious()
{
    find(true);
}

void GuideDialog::find(bool backwards)
{
    const QString wanted = m_searchEdit->text().trimmed();
    if (wanted.isEmpty() || m_matches == 0)
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(wanted, flags))
        return;
    // Past the last place: round to the first (or the last, going back).
    QTextCursor wrap = m_browser->textCursor();
    wrap.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(wrap);
    m_browser->find(wanted, flags);
}

} // namespace foi::ui
