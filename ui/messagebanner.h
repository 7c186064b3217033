// SPDX-License-Identifier: Apache-2.0
// MessageBanner: the window's one non-modal banner (errors, conflicts, notices). Shows a headline,
// the reason and, for API errors, the CSMS code and the request id (selectable, for support).
// Errors and warnings stay until dismissed; a notice ("Secret x was created") goes by itself
// after a few seconds, though not while the mouse is on it. floatOver() makes it an overlay along
// the bottom edge of a host widget: showing or hiding it never moves what is under the pointer.
// A message can carry one action button ("Restart" for a stopped sandbox).
#pragma once

#include "core/api/apierror.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace keystage::ui {

class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &headline, const QString &detail = {});
    // headline: what failed ("Moving BETA failed"); the error gives reason, code and request id.
    void showError(const QString &headline, const ApiError &error);
    void dismiss();
    // A button on the message shown now (cleared by the next message): clicking it dismisses the
    // banner and runs `action`.
    void setAction(const QString &text, std::function<void()> action);
    QPushButton *actionButton() const { return m_action; }
    // Overlay mode: float over the bottom edge of `host` (a child of it, outside its layout).
    void floatOver(QWidget *host);

    Level level() const { return m_level; }
    QString headline() const;
    QString detail() const; // reason and code / request id line, as shown
    // How long a notice (Level::Info) stays; 0: until dismissed. Default 8 s.
    int noticeLingerMs() const { return m_lingerMs; }
    void setNoticeLingerMs(int ms);

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyLevel(const QPalette &base);
    void place();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_onAction;
    QPointer<QWidget> m_host;
    Level m_level = Level::Info;
    bool m_applyingLevel = false;
    QTimer m_linger;
    int m_lingerMs = 8000; // 0: notices stay
};

} // namespace keystage::ui
