import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Socket } from 'node:net'
import type { FaultInjector, FaultRule } from './faults'
import { metaOperations } from './operations/meta-operations'
import { orderOperations } from './operations/order-operations'
import { productOperations } from './operations/product-operations'
import { purchaseOperations } from './operations/purchase-operations'
import { relationOperations } from './operations/relation-operations'
import { salesDocumentOperations } from './operations/sales-documents'
import { stockOperations } from './operations/stock-operations'
import type { OperationContext, OperationSpec } from './operations/context'
import { mplusNamespace, type SchemaModel } from './schema-model'
import { parseSoapRequest, soapFault } from './soap-message'
import {
  decodeComplex,
  encodeComplex,
  envelope,
  SchemaViolation,
  standaloneElement,
  type OrderedNode
} from './xml-codec'

export const simulatedOperations: Record<string, OperationSpec> = {
  ...metaOperations,
  ...relationOperations,
  ...productOperations,
  ...stockOperations,
  ...purchaseOperations,
  ...orderOperations,
  ...salesDocumentOperations
}

/** Requests larger than this are refused before parsing (protects the simulator, not a real limit). */
const maxRequestBytes = 16 * 1024 * 1024

export interface SoapEndpointOptions {
  model: SchemaModel
  /** Served at GET ?wsdl when given (the simulator itself runs from `model`). */
  wsdlText?: string
  context: OperationContext
  faults: FaultInjector
  ident: string
  secret: string
  latencyMs: number
  /** Called with every accepted request and every response, each as a standalone Body element. */
  onMessage?: (message: {
    operation: string
    direction: 'request' | 'response'
    xml: string
  }) => void
  onCall: (operation: string, writes: boolean) => void
  handleAdmin: (request: IncomingMessage, response: ServerResponse, body: string) => void
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxRequestBytes) {
        resolve(undefined)
        request.resume()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () =>
      resolve(size > maxRequestBytes ? undefined : Buffer.concat(chunks).toString('utf8'))
    )
    request.on('error', reject)
  })
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  contentType = 'text/xml; charset=utf-8'
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body)
  })
  response.end(body)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Appends an element the WSDL does not define, as a newer server might (for the extra-elements fault). */
function withExtraElements(children: OrderedNode[]): OrderedNode[] {
  return [...children, { 'ns:simulatorFutureField': [{ '#text': 'added in a later API version' }] }]
}

export function createSoapHandler(options: SoapEndpointOptions) {
  const { model, context, faults } = options
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://simulator')
    const body = (await readBody(request)) ?? null
    if (url.pathname.startsWith('/__admin/'))
      return options.handleAdmin(request, response, body ?? '')
    if (request.method === 'GET' && url.searchParams.has('wsdl')) {
      if (options.wsdlText !== undefined) return send(response, 200, options.wsdlText)
      return send(
        response,
        404,
        soapFault('SOAP-ENV:Client', 'This simulator was started without the WSDL to serve')
      )
    }
    if (request.method !== 'POST' || url.pathname !== '/') {
      return send(
        response,
        405,
        soapFault('SOAP-ENV:Client', 'Only POST / is served (and GET /?wsdl)')
      )
    }
    // Credentials travel as query parameters on every POST (reference §2). Fault code for bad
    // credentials is UNCONFIRMED: the simulator answers HTTP 500 + SOAP-ENV:Client.Authentication.
    if (
      url.searchParams.get('ident') !== options.ident ||
      url.searchParams.get('secret') !== options.secret
    ) {
      return send(
        response,
        500,
        soapFault(
          'SOAP-ENV:Client.Authentication',
          'Authentication failed: unknown ident or wrong secret'
        )
      )
    }
    if (body === null)
      return send(
        response,
        500,
        soapFault('SOAP-ENV:Client', `Request larger than ${maxRequestBytes} bytes`)
      )

    let operation: string
    let responseChildren: OrderedNode[]
    let outputElement: string
    let rule: FaultRule | undefined
    try {
      const soap = parseSoapRequest(body)
      operation = soap.operation
      const definition = model.operations.get(operation)
      if (!definition) throw new SchemaViolation(`/Envelope/Body/${operation}`, 'unknown operation')
      const spec = simulatedOperations[operation]
      if (!spec)
        return send(
          response,
          500,
          soapFault('SOAP-ENV:Client', `Operation ${operation} is not supported by this simulator`)
        )
      const decoded = decodeComplex(
        soap.bodyChild,
        definition.input,
        soap.scope,
        `/${operation}`,
        model
      )
      options.onMessage?.({
        operation,
        direction: 'request',
        xml: standaloneElement(soap.bodyChild, soap.scope)
      })
      rule = faults.take(operation)
      const fault = rule?.kind
      const delay = faults.delayFor(operation, options.latencyMs)
      if (delay > 0) await sleep(delay)
      if (fault === 'connection-reset') {
        options.onCall(operation, false)
        request.socket.destroy()
        return
      }
      if (fault === 'hang') {
        options.onCall(operation, false)
        return // the socket is destroyed by the client's timeout or by close()
      }
      if (fault === 'server-fault' || fault === 'client-fault') {
        options.onCall(operation, false)
        const code = fault === 'server-fault' ? 'SOAP-ENV:Server' : 'SOAP-ENV:Client'
        return send(response, 500, soapFault(code, `Injected ${fault} for ${operation}`))
      }
      options.onCall(operation, spec.writes)
      const result = spec.handle(decoded, context)
      if (fault === 'reset-after-processing') {
        request.socket.destroy()
        return
      }
      outputElement = definition.outputElement
      responseChildren = encodeComplex(result, definition.output, `/${outputElement}`, model)
    } catch (error) {
      if (error instanceof SchemaViolation)
        return send(response, 500, soapFault('SOAP-ENV:Client', error.message))
      return send(
        response,
        500,
        soapFault('SOAP-ENV:Server', `Simulator error: ${(error as Error).message}`)
      )
    }
    const responseElement: OrderedNode = { [`ns:${outputElement}`]: responseChildren }
    options.onMessage?.({
      operation,
      direction: 'response',
      xml: standaloneElement(responseElement, new Map([['ns', mplusNamespace]]))
    })
    const fault = rule?.kind
    if (rule?.rewrite) {
      const rewritten = rule.rewrite(envelope(responseElement))
      const bytes =
        typeof rewritten.body === 'string' ? Buffer.from(rewritten.body) : rewritten.body
      response.writeHead(rewritten.status ?? 200, {
        'Content-Type': rewritten.contentType ?? 'text/xml; charset=utf-8',
        'Content-Length': bytes.length
      })
      response.end(bytes)
      return
    }
    if (fault === 'extra-elements') {
      return send(
        response,
        200,
        envelope({ [`ns:${outputElement}`]: withExtraElements(responseChildren) })
      )
    }
    const xml = envelope(responseElement)
    if (fault === 'truncated') return send(response, 200, xml.slice(0, Math.floor(xml.length / 2)))
    if (fault === 'malformed')
      return send(response, 200, '<html><body>502 Bad Gateway</body></html>', 'text/html')
    send(response, 200, xml)
  }
}

/** Starts an HTTP or HTTPS server on 127.0.0.1 that tracks its sockets so close() never waits on a hang. */
export async function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  port: number,
  tls: { key: string; cert: string } | undefined
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const wrapped = (request: IncomingMessage, response: ServerResponse): void => {
    handler(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, soapFault('SOAP-ENV:Server', `Simulator error: ${String(error)}`))
    })
  }
  const server: Server = tls ? createHttpsServer(tls, wrapped) : createHttpServer(wrapped)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const close = async (): Promise<void> => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return { server, port: actualPort, close }
}
