// SPDX-License-Identifier: Apache-2.0
// ExpiryController: version expiry on the stage board (UpdateVersion expire_time). A double-click
// on a version's Expires cell, or "Set expiry…" / "Clear expiry" on its context menu, opens a
// date-time editor; the change asks for the profile name on a production profile, goes through
// SecretAdmin (re-read, compare, write, re-read) and onto the undo history (AdminCommand). The
// Expires column marks expired versions and those expiring within soonDays() with a colour and a
// text ("expired", "in 3 days"), never the colour alone. CSMS changes the expiry of ENABLED
// secrets only: otherwise the actions are disabled and say why.
#pragma once

#include "core/api/csmsclient.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QStyledItemDelegate>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateTimeEdit;
class QMenu;
class QUndoStack;
QT_END_NAMESPACE

namespace keystage {
class VersionStageModel;
}

namespace keystage::ui {

class StageBoard;

// Draws the Expires column: the time as the board's own delegate formats it, then the marker.
class ExpiryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ExpiryDelegate(QStyledItemDelegate *base, QObject *parent);

    // "expired", "expires in N days" / "today", or empty; now is injectable for tests.
    static QString marker(const QDateTime &expiry, const QDateTime &now);
    static bool isExpired(const QDateTime &expiry, const QDateTime &now);
    static bool isSoon(const QDateTime &expiry, const QDateTime &now);
    static constexpr int soonDays = 7;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QPointer<QStyledItemDelegate> m_base;
};

// The editor: a date and time, or no expiry at all.
class ExpiryDialog : public QDialog
{
    Q_OBJECT

public:
    ExpiryDialog(const QString &secret, const QString &version, const QDateTime &current,
                 QWidget *parent = nullptr);
    std::optional<qint64> expiry() const; // unset: no expiry
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    QCheckBox *noExpiryBox() const { return m_none; }

private:
    QDateTimeEdit *m_edit;
    QCheckBox *m_none;
};

class ExpiryController : public QObject
{
    Q_OBJECT

public:
    ExpiryController(StageBoard *board, QUndoStack *history);
    ~ExpiryController() override;

    void setClient(CsmsClient *client);
    // Why the expiry of the shown secret's versions cannot change now; empty: it can.
    QString refusal() const;
    // "Set expiry…" and "Clear expiry" for the row's version.
    void addActions(QMenu *menu, int row);

public Q_SLOTS:
    void editRow(int row); // opens the editor
    // Sets (or, unset, clears) the row's version expiry: the production guard, then the write.
    void setExpiry(int row, std::optional<qint64> expiry);

Q_SIGNALS:
    void editorOpened(keystage::ui::ExpiryDialog *dialog);
    void expiryChanged(const QString &secret, const QString &version);

private:
    VersionStageModel *model() const;

    StageBoard *m_board;
    QPointer<QUndoStack> m_history;
    QPointer<CsmsClient> m_client;
};

} // namespace keystage::ui
