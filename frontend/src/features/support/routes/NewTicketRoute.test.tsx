import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render';
import { CONTRACT_ID, EMS_LINE, FORTIGATE_LINE, TICKET_ID, attachment, contract, fakeApi, json, problem, ticket } from '../test/fixtures';
import { NewTicketRoute } from './NewTicketRoute';

const UPLOADS = '/api/v1/ticket-attachments';
const TICKETS = '/api/v1/tickets';
const CONTRACT = `/api/v1/support-contracts/${CONTRACT_ID}`;

function renderRoute(lineId = FORTIGATE_LINE) {
  return renderAt(`/support/tickets/new?lineId=${lineId}&contractId=${CONTRACT_ID}`, '/support/tickets/new', <NewTicketRoute />);
}

function textFile(name: string, content: string, type = 'text/plain') {
  return new File([content], name, { type });
}

/** The content of the multipart field `file` (jsdom does not keep the file name through a Request). */
async function uploadedText(request: Request) {
  // the form data is parsed by Node's fetch, whose File is not jsdom's Blob
  const file = (await request.formData()).get('file') as { text(): Promise<string> } | string | null;
  return typeof file === 'object' && file ? file.text() : '';
}

async function fillTicket() {
  await userEvent.click(await screen.findByTestId('ticket-title'));
  await userEvent.paste('VPN drops every hour');
  await userEvent.click(screen.getByTestId('ticket-description'));
  await userEvent.paste('The IPsec tunnel drops every hour.');
}

describe('NewTicketRoute', () => {
  it('shows the chosen line: the device with its serial number', async () => {
    fakeApi({ [`GET ${CONTRACT}`]: () => json(contract()) });
    renderRoute();

    const line = await screen.findByTestId('ticket-line');
    expect(within(line).getByTestId('ticket-line-name')).toHaveTextContent('Fortinet FortiGate 60F');
    expect(within(line).getByTestId('ticket-line-identifier')).toHaveTextContent('FGT60F-DEMO-0001');
    expect(line).toHaveTextContent('Serial number');
  });

  it('shows software with its license key, found among the company’s contracts when only the line is named', async () => {
    fakeApi({ 'GET /api/v1/support-contracts': () => json({ items: [contract()], next: null }) });
    renderAt(`/support/tickets/new?lineId=${EMS_LINE}`, '/support/tickets/new', <NewTicketRoute />);

    const line = await screen.findByTestId('ticket-line');
    expect(within(line).getByTestId('ticket-line-name')).toHaveTextContent('FortiClient EMS');
    expect(within(line).getByTestId('ticket-line-identifier')).toHaveTextContent('EMS-2026-DEMO-0001');
    expect(line).toHaveTextContent('License key');
  });

  it('shows each failed upload with its reason and sends no ticket while a failed file is listed', async () => {
    const api = fakeApi({
      [`GET ${CONTRACT}`]: () => json(contract()),
      [`POST ${UPLOADS}`]: async (request) => {
        const text = await uploadedText(request);
        if (text === 'big') return problem(413, '/problems/payload-too-large', 'The request body is too large', 'A file may have at most 20 MB.');
        if (text === 'exe') return problem(415, '/problems/unsupported-media-type', 'Unsupported content type', 'application/x-msdownload files are not accepted.');
        return json(attachment(), 201);
      },
    });
    renderRoute();
    await fillTicket();

    const huge = textFile('capture.pcap', 'x');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await userEvent.upload(screen.getByTestId('ticket-file-input'), [
      textFile('dump.bin', 'big'),
      textFile('setup.exe', 'exe', 'application/octet-stream'),
      textFile('router.log', 'log'),
      huge,
    ]);

    const row = (name: string) => screen.getAllByTestId('upload').find((u) => u.dataset.fileName === name)!;
    await waitFor(() => expect(row('dump.bin')).toHaveAttribute('data-state', 'failed'));
    expect(within(row('dump.bin')).getByTestId('upload-error')).toHaveTextContent('A file may have at most 20 MB.');
    await waitFor(() => expect(row('setup.exe')).toHaveAttribute('data-state', 'failed'));
    expect(within(row('setup.exe')).getByTestId('upload-error')).toHaveTextContent('application/x-msdownload files are not accepted.');
    await waitFor(() => expect(row('router.log')).toHaveAttribute('data-state', 'done'));
    expect(row('capture.pcap')).toHaveAttribute('data-state', 'failed');
    expect(within(row('capture.pcap')).getByTestId('upload-error')).toHaveTextContent('The file is larger than 20 MB');
    // the browser refused the huge one itself: three uploads went out
    expect(api.matching('POST', UPLOADS)).toHaveLength(3);

    await userEvent.click(screen.getByTestId('ticket-submit'));
    expect(screen.getByTestId('ticket-uploads-blocking')).toHaveTextContent('Some files could not be uploaded.');
    expect(api.matching('POST', TICKETS)).toHaveLength(0);
  });

  it('sends the ticket with the uploaded attachments and the CC addresses, then opens it', async () => {
    const api = fakeApi({
      [`GET ${CONTRACT}`]: () => json(contract()),
      [`POST ${UPLOADS}`]: async (request) => {
        const text = await uploadedText(request);
        return text === 'exe'
          ? problem(415, '/problems/unsupported-media-type', 'Unsupported content type', 'Not accepted.')
          : json(attachment({ id: 'a7000000-0000-4000-a000-000000000042' }), 201);
      },
      [`POST ${TICKETS}`]: () => json(ticket(), 201),
    });
    renderRoute();
    await fillTicket();

    await userEvent.upload(screen.getByTestId('ticket-file-input'), [textFile('router.log', 'log'), textFile('setup.exe', 'exe')]);
    const failed = await waitFor(() => screen.getAllByTestId('upload').find((u) => u.dataset.state === 'failed')!);
    await userEvent.click(within(failed).getByTestId('upload-remove'));
    await waitFor(() => expect(screen.getByTestId('upload')).toHaveAttribute('data-state', 'done'));

    await userEvent.type(screen.getByTestId('ticket-cc-input'), 'not-an-address{Enter}');
    expect(screen.getByTestId('ticket-cc-error')).toHaveTextContent('“not-an-address” is not a valid email address.');
    await userEvent.clear(screen.getByTestId('ticket-cc-input'));
    await userEvent.type(screen.getByTestId('ticket-cc-input'), 'it@nordic-frames.example{Enter}');
    await userEvent.type(screen.getByTestId('ticket-cc-input'), 'boss@nordic-frames.example');
    await userEvent.click(screen.getByTestId('ticket-cc-add'));
    await userEvent.type(screen.getByTestId('ticket-cc-input'), 'temp@nordic-frames.example{Enter}');
    const temp = screen.getAllByTestId('cc-chip').find((c) => c.dataset.email === 'temp@nordic-frames.example')!;
    await userEvent.click(within(temp).getByTestId('cc-chip-remove'));
    expect(screen.getAllByTestId('cc-chip').map((c) => c.dataset.email)).toEqual(['it@nordic-frames.example', 'boss@nordic-frames.example']);

    await userEvent.click(screen.getByTestId('ticket-submit'));

    expect(await screen.findByTestId('landed')).toHaveTextContent(`/support/tickets/${TICKET_ID}`);
    expect(await api.matching('POST', TICKETS)[0]!.json()).toEqual({
      contractLineId: FORTIGATE_LINE,
      title: 'VPN drops every hour',
      description: 'The IPsec tunnel drops every hour.',
      attachmentIds: ['a7000000-0000-4000-a000-000000000042'],
      cc: ['it@nordic-frames.example', 'boss@nordic-frames.example'],
    });
  });

  it('shows a server message about a CC address under the CC field', async () => {
    fakeApi({
      [`GET ${CONTRACT}`]: () => json(contract()),
      [`POST ${TICKETS}`]: () =>
        problem(422, '/problems/validation', 'Some fields are not valid', 'The ticket has errors.', [
          { field: 'create.ticket.cc[0]', message: 'must be a well-formed email address' },
        ]),
    });
    renderRoute();
    await fillTicket();
    await userEvent.type(screen.getByTestId('ticket-cc-input'), 'it@nordic-frames.example{Enter}');
    await userEvent.click(screen.getByTestId('ticket-submit'));

    expect(await screen.findByTestId('ticket-cc-error')).toHaveTextContent('must be a well-formed email address');
    expect(screen.getByTestId('problem-alert')).not.toHaveTextContent('cc[0]');
  });
});
