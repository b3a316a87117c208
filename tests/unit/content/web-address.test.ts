import { describe, expect, it } from 'vitest';
import { isHostWithin, isIpHost, normaliseHost, webAddressProblem } from '../../../src/schemas/checks/web-address';
import { linkProblem } from '../../../src/domain/sources/integrity';

describe('hosts are compared after normalising', () => {
  it.each([
    ['WWW.GCS66.COM', 'www.gcs66.com'],
    ['www.gcs66.com.', 'www.gcs66.com'],
    ['www.gcs66.com..', 'www.gcs66.com'],
    ['文档.cn', 'xn--7dvp7d.cn'],
  ])('%s → %s', (host, normal) => expect(normaliseHost(host)).toBe(normal));
  it('matches a domain written in Unicode against its punycode form, and subdomains', () => {
    expect(isHostWithin('xn--7dvp7d.cn', '文档.cn')).toBe(true);
    expect(isHostWithin('m.文档.cn.', 'xn--7dvp7d.cn')).toBe(true);
    expect(isHostWithin('not-gcs66.com', 'gcs66.com')).toBe(false);
  });
  it.each(['http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://[::1]/', 'http://[::ffff:7f00:1]/'])(
    'sees %s as an IP address, whatever its notation',
    (address) => expect(isIpHost(normaliseHost(new URL(address).hostname))).toBe(true),
  );
  it('a mirror, an IP address and a single-label host are refused as source links; an official site is not', () => {
    expect(linkProblem(new URL('https://WWW.GCS66.COM./doc'))).toMatch(/document-sharing site \(www\.gcs66\.com\)/);
    expect(linkProblem(new URL('http://0x7f.1/'))).toMatch(/not an IP address \(got 127\.0\.0\.1\)/);
    expect(linkProblem(new URL('http://intranet/'))).toMatch(/public web host/);
    expect(linkProblem(new URL('https://www.sx.gov.cn/art/2025/7/28/art_1462941_59570426.html'))).toBeNull();
  });
});

describe('web addresses are parsed as a browser parses them', () => {
  it.each([
    ['https://www.sx.gov.cn/', null],
    ['javascript:alert(1)', 'must be an http(s) address'],
    ['https://', 'must be a valid http(s) address (the browser cannot read it)'],
    ['https://a b.cn/', 'must be a web address without spaces or line breaks'],
    ['https://user:pw@www.sx.gov.cn/', 'must not carry a user name or password before the host (…@host hides where the link goes)'],
  ])('%s', (address, problem) => expect(webAddressProblem(address)).toBe(problem));
});
