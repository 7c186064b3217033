// SPDX-License-Identifier: Apache-2.0
// RotationSection: a secret's rotation at a glance, one line of the details panel: its kind (type
// and sub-type), the last rotation and the latest rotation task (the panel's Rotation field gives
// the period and the next rotation). It owns the two rotation actions (Auto rotation…, Rotate
// now…), which the window also puts in its Secrets menu. Every write goes through RotationEditor
// (stale check, re-read) after the production guard; Rotate now after its own preview. Metadata
// only, never a value.
#pragma once

#include "core/api/csmstypes.h"
#include "ui/messagebanner.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;

namespace keystage {
class ApiReply;
class CsmsClient;
class RotationEditor;
struct ApiError;
} // namespace keystage

namespace keystage::ui {

class RotationSection : public QWidget
{
    Q_OBJECT

public:
    explicit RotationSection(QWidget *parent = nullptr);
    ~RotationSection() override;

    void setClient(CsmsClient *client);
    void setSecret(const Secret &secret);
    void clear();

    QAction *autoRotationAction() const { return m_autoAction; }
    QAction *rotateNowAction() const { return m_rotateAction; }
    // Open the dialogs (also what the actions do).
    void editAutoRotation();
    void rotateNow();

    QString fieldText(const QString &objectName) const; // tests
    RotationEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // The secret as re-read after a write: the details panel shows it (and this section with it).
    void secretRead(const keystage::Secret &secret);
    // A write went through (or was found stale): the window re-reads the secret and its board.
    void secretChanged(const QString &name);
    void errorOccurred(const QString &headline, const keystage::ApiError &error);
    void messageShown(keystage::ui::MessageBanner::Level level, const QString &headline,
                      const QString &detail = {});

private:
    QLabel *field(const QString &objectName, const QString &accessibleName);
    void loadTask();
    void abortTask();
    void updateActions();
    static QString timeText(qint64 ms);

    QPointer<CsmsClient> m_client;
    RotationEditor *m_editor = nullptr;
    QPointer<ApiReply> m_taskReply;
    Secret m_secret;
    QLabel *m_kind;
    QLabel *m_last;
    QLabel *m_task;
    QLabel *m_links;
    QAction *m_autoAction;
    QAction *m_rotateAction;
};

} // namespace keystage::ui
