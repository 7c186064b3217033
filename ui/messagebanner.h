// MessageBanner: the window's one non-modal banner (errors, conflicts, notices). Shows a headline,
// the reason and, for API errors, the CSMS code and the request id (selectable, for support).
// Errors and warnings stay until dismissed; a notice ("Secret x was created") goes by itself
// after a few seconds, though not while the mouse is on it.
#pragma once

#include "core/api/apierror.h"

#include <QFrame>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
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

private:
    void applyLevel(const QPalette &base);

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QToolButton *m_close;
    Level m_level = Level::Info;
    bool m_applyingLevel = false;
    QTimer m_linger;
    int m_lingerMs = 8000; // 0: notices stay
};

} // namespace keystage::ui
