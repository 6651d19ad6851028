#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace foi::ui {

// Help ▸ Guide (F1): the officer's guide, offline, from the resource ":/guide/guide.md" (the
// README's user part, cut out of README.md at build time, so the two never differ). A search
// box finds as you type and highlights every match; Enter or F3 goes to the next, Shift+Enter
// or Shift+F3 to the one before; Ctrl+F returns to the box and Esc closes the guide.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // How many places the text searched for appears in the guide.
    int matchCount() const { return m_matches; }

public slots:
    void findNext();
    void findPrevious();

private:
    void createWidgets();
    void layOut();
    void createShortcuts();
    void loadGuide();
    void highlight(const QString &text);
    void find(bool backwards);

    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_matchesLabel = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QTextBrowser *m_browser = nullptr;
    int m_matches = 0;
};

} // namespace foi::ui
