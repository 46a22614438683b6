#pragma once
// StatusChangeDialog: changes the status of one order or of a selection, as the shop's staff do many times a
// day. The dialog is its own confirmation: it lists the orders by number with their customer and current
// status, and its main button names the new status and how many orders get it ("Change 3 orders to
// Versandt (62)"). Pressed, it runs the StatusChanger (a few requests at a time, every change recorded in the
// history), shows progress and, on each order's line, what happened: changed, or the shop's reason for not.
// Never modal over the window's work: it is opened with show(), and nothing in it waits.

#include "profile/Profile.h"
#include "services/StatusChanger.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kontor {
class AuditLog;
class PrintloungeClient;
} // namespace kontor

namespace kontor::gui {

class StatusChangeDialog : public QDialog
{
    Q_OBJECT
public:
    struct Order
    {
        QString code;     // what the shop calls it (the order code)
        QString customer; // to recognise it
        QString status;   // the current status code
    };

    StatusChangeDialog(PrintloungeClient* client, const Profile& profile, AuditLog* audit, QList<Order> orders,
                       QWidget* parent = nullptr);

    // The status code chosen or typed; empty while what is typed is not a code.
    QString chosenStatus() const;
    void setChosenStatus(const QString& code);
    // Starts the change (what the main button does).
    void apply();
    bool isRunning() const;

    QComboBox* statusBox() const { return m_status; }
    QTableWidget* ordersTable() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }

signals:
    // One order changed: the list shows the new status.
    void orderStatusChanged(const QString& profileId, const QString& code, const QString& status);
    // Every order is through: how many changed, how many did not.
    void changesFinished(int changed, int notChanged);

protected:
    void reject() override;

private:
    void updateApplyButton();
    void onOrderFinished(const StatusChangeResult& result);
    void onFinished(int changed, int notChanged);

    QPointer<PrintloungeClient> m_client;
    Profile m_profile;
    QPointer<AuditLog> m_audit;
    QList<Order> m_orders;
    QPointer<StatusChanger> m_changer;

    QLabel* m_heading;
    QComboBox* m_status;
    QLabel* m_statusHint;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
    QPushButton* m_close;
};

} // namespace kontor::gui
