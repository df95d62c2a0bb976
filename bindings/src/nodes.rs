///Module containing a contract's types and functions.
/**

```solidity
library INodes {
    struct Node { address signer; bool disabled; bytes signingPublicKey; string httpAddress; }
    struct SignerRecord { uint32 nodeId; address owner; uint64 lastCoveredSequenceId; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod INodes {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Node { address signer; bool disabled; bytes signingPublicKey; string httpAddress; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Node {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub disabled: bool,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub httpAddress: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bytes,
            alloy::sol_types::sol_data::String,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            bool,
            alloy::sol_types::private::Bytes,
            alloy::sol_types::private::String,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Node> for UnderlyingRustTuple<'_> {
            fn from(value: Node) -> Self {
                (value.signer, value.disabled, value.signingPublicKey, value.httpAddress)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Node {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signer: tuple.0,
                    disabled: tuple.1,
                    signingPublicKey: tuple.2,
                    httpAddress: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Node {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Node {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.disabled,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.httpAddress,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Node {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Node {
            const NAME: &'static str = "Node";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Node(address signer,bool disabled,bytes signingPublicKey,string httpAddress)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.signer,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.disabled,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.signingPublicKey,
                        )
                        .0,
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::eip712_data_word(
                            &self.httpAddress,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Node {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signer,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.disabled,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signingPublicKey,
                    )
                    + <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.httpAddress,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signer,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.disabled,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signingPublicKey,
                    out,
                );
                <alloy::sol_types::sol_data::String as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.httpAddress,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct SignerRecord { uint32 nodeId; address owner; uint64 lastCoveredSequenceId; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignerRecord {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub lastCoveredSequenceId: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SignerRecord> for UnderlyingRustTuple<'_> {
            fn from(value: SignerRecord) -> Self {
                (value.nodeId, value.owner, value.lastCoveredSequenceId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignerRecord {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    nodeId: tuple.0,
                    owner: tuple.1,
                    lastCoveredSequenceId: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for SignerRecord {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for SignerRecord {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.lastCoveredSequenceId),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for SignerRecord {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for SignerRecord {
            const NAME: &'static str = "SignerRecord";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "SignerRecord(uint32 nodeId,address owner,uint64 lastCoveredSequenceId)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nodeId)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.owner,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.lastCoveredSequenceId,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for SignerRecord {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.nodeId,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.owner,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.lastCoveredSequenceId,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nodeId,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.owner,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.lastCoveredSequenceId,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`INodes`](self) contract instance.

See the [wrapper's documentation](`INodesInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> INodesInstance<P, N> {
        INodesInstance::<P, N>::new(address, __provider)
    }
    /**A [`INodes`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`INodes`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct INodesInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for INodesInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("INodesInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > INodesInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`INodes`](self) contract instance.

See the [wrapper's documentation](`INodesInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> INodesInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> INodesInstance<P, N> {
            INodesInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > INodesInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > INodesInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library INodes {
    struct Node {
        address signer;
        bool disabled;
        bytes signingPublicKey;
        string httpAddress;
    }
    struct SignerRecord {
        uint32 nodeId;
        address owner;
        uint64 lastCoveredSequenceId;
    }
}

interface Nodes {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AddressEmptyCode(address target);
    error ERC1967InvalidImplementation(address implementation);
    error ERC1967NonPayable();
    error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner);
    error ERC721InsufficientApproval(address operator, uint256 tokenId);
    error ERC721InvalidApprover(address approver);
    error ERC721InvalidOperator(address operator);
    error ERC721InvalidOwner(address owner);
    error ERC721InvalidReceiver(address receiver);
    error ERC721InvalidSender(address sender);
    error ERC721NonexistentToken(uint256 tokenId);
    error FailedCall();
    error InvalidHttpAddress(uint256 length);
    error InvalidInitialization();
    error InvalidOwner(address owner);
    error InvalidSigningPublicKey(uint256 length);
    error MaxNodesReached();
    error NodeAlreadyInState(uint32 nodeId, bool disabled);
    error NodeNotFound(uint32 nodeId);
    error NotInitializing();
    error NotNodeOwner(uint32 nodeId, address caller);
    error OwnerAlreadyHasNode(address owner, uint32 nodeId);
    error SignerAlreadyRegistered(address signer, uint32 nodeId);
    error TransferNotAllowed();
    error UUPSUnauthorizedCallContext();
    error UUPSUnsupportedProxiableUUID(bytes32 slot);
    error ZeroAddress();

    event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);
    event HttpAddressUpdated(uint32 indexed nodeId, string previousHttpAddress, string newHttpAddress);
    event Initialized(uint64 version);
    event NodeAdded(uint32 indexed nodeId, address indexed owner, address indexed signer, bytes signingPublicKey, string httpAddress);
    event NodeDisabled(uint32 indexed nodeId);
    event NodeEnabled(uint32 indexed nodeId);
    event NodeSetUpdated(bytes32 nodeSetHash, uint256 size);
    event NodeTransferred(uint32 indexed nodeId, address indexed previousOwner, address indexed newOwner);
    event PayersUpdated(address previousPayers, address newPayers);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event SelectionManagerUpdated(address previousSelectionManager, address newSelectionManager);
    event SignerRetired(uint32 indexed nodeId, address indexed signer, address indexed owner, uint64 lastCoveredSequenceId);
    event SigningKeyRotated(uint32 indexed nodeId, address indexed previousSigner, address indexed newSigner, bytes signingPublicKey);
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event Upgraded(address indexed implementation);

    constructor();

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_HTTP_ADDRESS_LENGTH() external view returns (uint256);
    function NODE_INCREMENT() external view returns (uint32);
    function NODE_MANAGER_ROLE() external view returns (bytes32);
    function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
    function addNode(address owner, bytes memory signingPublicKey, string memory httpAddress) external returns (uint32 nodeId);
    function approve(address, uint256) external pure;
    function balanceOf(address owner) external view returns (uint256);
    function disableNode(uint32 nodeId) external;
    function enableNode(uint32 nodeId) external;
    function enabledNodeIds() external view returns (uint32[] memory nodeIds);
    function getApproved(uint256 tokenId) external view returns (address);
    function getNode(uint32 nodeId) external view returns (INodes.Node memory);
    function getNodes(uint32 fromNodeId, uint256 limit) external view returns (uint32[] memory nodeIds, INodes.Node[] memory nodeRecords);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function getSigner(uint32 nodeId) external view returns (address);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function initialize(address admin) external;
    function isApprovedForAll(address owner, address operator) external view returns (bool);
    function isEnabled(uint32 nodeId) external view returns (bool);
    function isSigner(uint32 nodeId, address signer) external view returns (bool);
    function name() external view returns (string memory);
    function nodeCount() external view returns (uint32);
    function nodeExists(uint32 nodeId) external view returns (bool);
    function nodeIdOf(address owner) external view returns (uint32);
    function nodeIdOfSigner(address signer) external view returns (uint32);
    function nodeSet() external view returns (bytes32 nodeSetHash, uint256 size);
    function ownerOf(uint256 tokenId) external view returns (address);
    function payers() external view returns (address);
    function proxiableUUID() external view returns (bytes32);
    function quorumView(uint32[] memory nodeIds) external view returns (bytes32 nodeSetHash, uint256 size, address[] memory signers);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function rotateSigningKey(uint32 nodeId, bytes memory signingPublicKey) external;
    function safeTransferFrom(address from, address to, uint256 tokenId) external;
    function safeTransferFrom(address from, address to, uint256 tokenId, bytes memory data) external;
    function selectionManager() external view returns (address);
    function setApprovalForAll(address, bool) external pure;
    function setHttpAddress(uint32 nodeId, string memory httpAddress) external;
    function setPayers(address payers_) external;
    function setSelectionManager(address selectionManager_) external;
    function signerOf(bytes memory signingPublicKey) external pure returns (address);
    function signerRecord(address signer) external view returns (INodes.SignerRecord memory);
    function signerRetiredAt(address signer) external view returns (uint256);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function symbol() external view returns (string memory);
    function tokenURI(uint256 tokenId) external view returns (string memory);
    function transferFrom(address from, address to, uint256 tokenId) external;
    function transferNode(uint32 nodeId, address newOwner) external;
    function transferNodeWithKey(uint32 nodeId, address newOwner, bytes memory signingPublicKey) external;
    function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_HTTP_ADDRESS_LENGTH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NODE_INCREMENT",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "NODE_MANAGER_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "UPGRADE_INTERFACE_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "addNode",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "httpAddress",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "disableNode",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "enableNode",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "enabledNodeIds",
    "inputs": [],
    "outputs": [
      {
        "name": "nodeIds",
        "type": "uint32[]",
        "internalType": "uint32[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getApproved",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getNode",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INodes.Node",
        "components": [
          {
            "name": "signer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "disabled",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "signingPublicKey",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "httpAddress",
            "type": "string",
            "internalType": "string"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getNodes",
    "inputs": [
      {
        "name": "fromNodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "limit",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "nodeIds",
        "type": "uint32[]",
        "internalType": "uint32[]"
      },
      {
        "name": "nodeRecords",
        "type": "tuple[]",
        "internalType": "struct INodes.Node[]",
        "components": [
          {
            "name": "signer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "disabled",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "signingPublicKey",
            "type": "bytes",
            "internalType": "bytes"
          },
          {
            "name": "httpAddress",
            "type": "string",
            "internalType": "string"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getSigner",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isApprovedForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isEnabled",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isSigner",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodeCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodeExists",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodeIdOf",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodeIdOfSigner",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodeSet",
    "inputs": [],
    "outputs": [
      {
        "name": "nodeSetHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "ownerOf",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "payers",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proxiableUUID",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "quorumView",
    "inputs": [
      {
        "name": "nodeIds",
        "type": "uint32[]",
        "internalType": "uint32[]"
      }
    ],
    "outputs": [
      {
        "name": "nodeSetHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signers",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "rotateSigningKey",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "selectionManager",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setApprovalForAll",
    "inputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "setHttpAddress",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "httpAddress",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPayers",
    "inputs": [
      {
        "name": "payers_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setSelectionManager",
    "inputs": [
      {
        "name": "selectionManager_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signerOf",
    "inputs": [
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "signerRecord",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INodes.SignerRecord",
        "components": [
          {
            "name": "nodeId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "owner",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "lastCoveredSequenceId",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "signerRetiredAt",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "tokenURI",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "transferNode",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "transferNodeWithKey",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "upgradeToAndCall",
    "inputs": [
      {
        "name": "newImplementation",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ApprovalForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "HttpAddressUpdated",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "previousHttpAddress",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "newHttpAddress",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NodeAdded",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      },
      {
        "name": "httpAddress",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NodeDisabled",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NodeEnabled",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NodeSetUpdated",
    "inputs": [
      {
        "name": "nodeSetHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "size",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NodeTransferred",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PayersUpdated",
    "inputs": [
      {
        "name": "previousPayers",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newPayers",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SelectionManagerUpdated",
    "inputs": [
      {
        "name": "previousSelectionManager",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "newSelectionManager",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SignerRetired",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "lastCoveredSequenceId",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SigningKeyRotated",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "previousSigner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newSigner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signingPublicKey",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Upgraded",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967InvalidImplementation",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967NonPayable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC721IncorrectOwner",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InsufficientApproval",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721NonexistentToken",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidHttpAddress",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSigningPublicKey",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "MaxNodesReached",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NodeAlreadyInState",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "disabled",
        "type": "bool",
        "internalType": "bool"
      }
    ]
  },
  {
    "type": "error",
    "name": "NodeNotFound",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotNodeOwner",
    "inputs": [
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "OwnerAlreadyHasNode",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "SignerAlreadyRegistered",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nodeId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TransferNotAllowed",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UUPSUnauthorizedCallContext",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UUPSUnsupportedProxiableUUID",
    "inputs": [
      {
        "name": "slot",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Nodes {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161401f6100f95f395f8181612091015281816120ba01526121fd015261401f5ff3fe6080604052600436106102f3575f3560e01c806373506c2d11610189578063be6150a7116100d8578063e06f876f11610092578063f231af321161006d578063f231af321461093f578063f84ce8b91461095e578063faaac8461461097d578063fd667d1e1461099c575f5ffd5b8063e06f876f146108c7578063e985e9c5146108f3578063f18235ce14610912575f5ffd5b8063be6150a7146107fd578063c4d66de81461081c578063c87b56dd1461083b578063d547741f1461085a578063d59f9fe014610879578063d68379b114610899575f5ffd5b8063a042807b11610143578063a22cb4651161011e578063a22cb46514610773578063ad3cb1cc1461078d578063b88d4fde146107bd578063b978e54b146107dc575f5ffd5b8063a042807b146106e8578063a0eae81d14610741578063a217fddf14610760575f5ffd5b806373506c2d14610639578063749108821461065857806388df88681461067757806391d148541461069657806395d89b41146106b55780639af533f1146106c9575f5ffd5b80633e91adca1161024557806357d863cb116101ff57806368501a3e116101da57806368501a3e146105c85780636aaf977e146105e75780636da49b831461060657806370a082311461061a575f5ffd5b806357d863cb146105615780635f91d4061461058a5780636352211e146105a9575f5ffd5b80633e91adca146104c957806342842e0e146104dd5780634ba696d2146104fc5780634f1ef2861461051b57806352d1902d1461052e578063569c0afe14610542575f5ffd5b806323b872dd116102b05780632f2ff15d1161028b5780632f2ff15d1461044257806336568abe14610461578063380940fb1461048057806339017296146104b4575f5ffd5b806323b872dd146103e2578063248a9ca3146104015780632750c7511461042e575f5ffd5b806301ffc9a7146102f757806306fdde031461032b578063081812fc1461034c578063095ea7b3146103835780630a860b72146103a4578063146fce0a146103c3575b5f5ffd5b348015610302575f5ffd5b506103166103113660046133b1565b6109b0565b60405190151581526020015b60405180910390f35b348015610336575f5ffd5b5061033f6109c0565b60405161032291906133fa565b348015610357575f5ffd5b5061036b61036636600461340c565b610a61565b6040516001600160a01b039091168152602001610322565b34801561038e575f5ffd5b506103a261039d36600461343e565b610a75565b005b3480156103af575f5ffd5b5061036b6103be3660046134aa565b610a8e565b3480156103ce575f5ffd5b506103a26103dd3660046134fb565b610bd3565b3480156103ed575f5ffd5b506103a26103fc366004613514565b610ca3565b34801561040c575f5ffd5b5061042061041b36600461340c565b610d2c565b604051908152602001610322565b348015610439575f5ffd5b5061036b610d4c565b34801561044d575f5ffd5b506103a261045c36600461354e565b610d67565b34801561046c575f5ffd5b506103a261047b36600461354e565b610d83565b34801561048b575f5ffd5b5061049f61049a366004613578565b610db6565b60405163ffffffff9091168152602001610322565b3480156104bf575f5ffd5b5061042061020081565b3480156104d4575f5ffd5b5061036b610de6565b3480156104e8575f5ffd5b506103a26104f7366004613514565b610e01565b348015610507575f5ffd5b506103a2610516366004613578565b610e1b565b6103a261052936600461362e565b610e9f565b348015610539575f5ffd5b50610420610ebe565b34801561054d575f5ffd5b5061042061055c366004613578565b610ed9565b34801561056c575f5ffd5b50610575610f03565b60408051928352602083019190915201610322565b348015610595575f5ffd5b506103166105a43660046134fb565b610f2c565b3480156105b4575f5ffd5b5061036b6105c336600461340c565b610f73565b3480156105d3575f5ffd5b5061036b6105e23660046134fb565b610f7d565b3480156105f2575f5ffd5b506103a26106013660046134fb565b610fb9565b348015610611575f5ffd5b5061049f61100e565b348015610625575f5ffd5b50610420610634366004613578565b611023565b348015610644575f5ffd5b506103a2610653366004613678565b61107b565b348015610663575f5ffd5b506103a26106723660046136c6565b6110ba565b348015610682575f5ffd5b506103166106913660046136c6565b6110e3565b3480156106a1575f5ffd5b506103166106b036600461354e565b61112d565b3480156106c0575f5ffd5b5061033f611163565b3480156106d4575f5ffd5b5061049f6106e3366004613578565b6111a1565b3480156106f3575f5ffd5b50610707610702366004613578565b6111d1565b60408051825163ffffffff1681526020808401516001600160a01b031690820152918101516001600160401b031690820152606001610322565b34801561074c575f5ffd5b5061049f61075b3660046136ee565b611252565b34801561076b575f5ffd5b506104205f81565b34801561077e575f5ffd5b506103a261039d36600461376c565b348015610798575f5ffd5b5061033f604051806040016040528060058152602001640352e302e360dc1b81525081565b3480156107c8575f5ffd5b506103a26107d73660046137a5565b6114db565b3480156107e7575f5ffd5b506107f06114f3565b6040516103229190613848565b348015610808575f5ffd5b506103a2610817366004613578565b6115f9565b348015610827575f5ffd5b506103a2610836366004613578565b61167d565b348015610846575f5ffd5b5061033f61085536600461340c565b611811565b348015610865575f5ffd5b506103a261087436600461354e565b611881565b348015610884575f5ffd5b506104205f516020613fb35f395f51905f5281565b3480156108a4575f5ffd5b506108b86108b336600461385a565b61189d565b604051610322939291906138c9565b3480156108d2575f5ffd5b506108e66108e13660046134fb565b6119ce565b6040516103229190613971565b3480156108fe575f5ffd5b5061031661090d366004613983565b611a0f565b34801561091d575f5ffd5b5061093161092c36600461399d565b611a5b565b6040516103229291906139b7565b34801561094a575f5ffd5b506103166109593660046134fb565b611c16565b348015610969575f5ffd5b506103a2610978366004613678565b611c28565b348015610988575f5ffd5b506103a2610997366004613a2c565b611d98565b3480156109a7575f5ffd5b5061049f606481565b5f6109ba82611dd1565b92915050565b5f516020613f935f395f51905f5280546060919081906109df90613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054610a0b90613a88565b8015610a565780601f10610a2d57610100808354040283529160200191610a56565b820191905f5260205f20905b815481529060010190602001808311610a3957829003601f168201915b505050505091505090565b5f610a6b82611df5565b506109ba82611e2c565b604051638cd22d1960e01b815260040160405180910390fd5b5f604182141580610ac8575082825f818110610aac57610aac613ac0565b9050013560f81c60f81b6001600160f81b031916600460f81b14155b15610aee57604051633803c00f60e11b8152600481018390526024015b60405180910390fd5b5f610afd602160018587613ad4565b610b0691613afb565b90505f610b17604160218688613ad4565b610b2091613afb565b90506401000003d0198083101580610b385750808210155b80610b8457508080610b4c57610b4c613b18565b60078280610b5c57610b5c613b18565b858480610b6b57610b6b613b18565b87880909088180610b7e57610b7e613b18565b83840914155b15610ba557604051633803c00f60e11b815260048101869052602401610ae5565b610bb28560018189613ad4565b604051610bc0929190613b2c565b6040519081900390209695505050505050565b5f516020613fb35f395f51905f52610bea81611e65565b610bf5826001611e72565b60405163ffffffff8316907fc4cc1e45ecbaa28b36abc2521426e0b2776e84f8913f6cd15f2440b6744092ea905f90a25f610c2e611f05565b600701546001600160a01b031690508015610c9e57604051631c1c21e360e11b815263ffffffff841660048201526001600160a01b0382169063383843c6906024015f604051808303815f87803b158015610c87575f5ffd5b505af1158015610c99573d5f5f3e3d5ffd5b505050505b505050565b6001600160a01b038216610ccc57604051633250574960e11b81525f6004820152602401610ae5565b5f610cd8838333611f29565b9050836001600160a01b0316816001600160a01b031614610d26576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610ae5565b50505050565b5f9081525f516020613ff35f395f51905f52602052604090206001015490565b5f610d55611f05565b600a01546001600160a01b0316919050565b610d7082610d2c565b610d7981611e65565b610d268383611f65565b6001600160a01b0381163314610dac5760405163334bd91960e11b815260040160405180910390fd5b610c9e828261200d565b5f610dbf611f05565b6001600160a01b039092165f90815260059290920160205250604090205463ffffffff1690565b5f610def611f05565b600701546001600160a01b0316919050565b610c9e83838360405180602001604052805f8152506114db565b5f610e2581611e65565b5f610e2e611f05565b600a810154604080516001600160a01b03928316815291861660208301529192507f35d8de039e93812ac82d17367b21d5499486c099046b3b8a8b564266567368a1910160405180910390a1600a0180546001600160a01b0319166001600160a01b03939093169290921790915550565b610ea7612086565b610eb08261212c565b610eba8282612136565b5050565b5f610ec76121f2565b505f516020613fd35f395f51905f5290565b5f610ee2611f05565b6001600160a01b039092165f90815260099290920160205250604090205490565b5f5f5f610f0e611f05565b600181015490549094600160201b90910463ffffffff169350915050565b5f5f610f36611f05565b9050610f42818461223b565b8015610f6c575063ffffffff83165f908152600282016020526040902054600160a01b900460ff16155b9392505050565b5f6109ba82611df5565b5f5f610f87611f05565b9050610f938184612288565b63ffffffff9092165f90815260029092016020525060409020546001600160a01b031690565b5f516020613fb35f395f51905f52610fd081611e65565b610fda825f611e72565b60405163ffffffff8316907f0f32aa6c2aea35cf24ab5543678a5247f84a9b81dd0b38b92ea874752481090c905f90a25050565b5f611017611f05565b5463ffffffff16919050565b5f5f516020613f935f395f51905f526001600160a01b03831661105b576040516322718ad960e21b81525f6004820152602401610ae5565b6001600160a01b039092165f908152600390920160205250604090205490565b5f516020613fb35f395f51905f5261109281611e65565b5f61109b611f05565b90506110a78186612288565b6110b3818686866122b7565b5050505050565b5f516020613fb35f395f51905f526110d181611e65565b610c9e6110dc611f05565b8484612556565b5f63ffffffff831615801590610f6c57508263ffffffff16611103611f05565b6001600160a01b0384165f908152600691909101602052604090205463ffffffff16149392505050565b5f9182525f516020613ff35f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f516020613f935f395f51905f52916109df90613a88565b5f6111aa611f05565b6001600160a01b039092165f90815260069290920160205250604090205463ffffffff1690565b604080516060810182525f80825260208201819052918101919091526111f5611f05565b6001600160a01b039283165f90815260089190910160209081526040918290208251606081018452905463ffffffff81168252600160201b810490951691810191909152600160c01b9093046001600160401b0316908301525090565b5f5f516020613fb35f395f51905f5261126a81611e65565b6001600160a01b03871661129c5760405163b20f76e360e01b81526001600160a01b0388166004820152602401610ae5565b5f6112a5611f05565b6001600160a01b0389165f90815260058201602052604090205490915063ffffffff1680156112fe57604051635374515760e11b81526001600160a01b038a16600482015263ffffffff82166024820152604401610ae5565b6113088686612677565b5f611314838a8a6126a7565b905061131f83612715565b6001600160a01b0382165f9081526006850160205260409020805463ffffffff191663ffffffff83161790559450611357858b61278f565b6001600160a01b038083165f81815260088701602090815260408083208651815488850151988401516001600160401b0316600160c01b026001600160c01b03998916600160201b026001600160c01b031990921663ffffffff93841617919091179890981697909717905580518082018252938452838201838152958b1683526002890182528083209351845496511515600160a01b026001600160a81b03199097169516949094179490941790915560038601909252902061141c898b83613b7f565b5063ffffffff85165f908152600484016020526040902061143e878983613b7f565b506001600160a01b038a81165f81815260058601602052604090819020805463ffffffff191663ffffffff8a169081179091559051928416927f9b385c30e390e1e15ab8a2e34c4caa40b3c59882c17185fcbc3f87b2bf6658a4906114aa908e908e908e908e90613c60565b60405180910390a46114c28a8663ffffffff166127e1565b6114ce83866001612842565b5050505095945050505050565b6114e6848484610ca3565b610d263385858585612930565b60605f6114fe611f05565b8054909150600160201b900463ffffffff166001600160401b0381111561152757611527613591565b604051908082528060200260200182016040528015611550578160200160208202803683370190505b5081549092505f9063ffffffff1660015b8163ffffffff168163ffffffff16116115f2575f611580606483613ca5565b63ffffffff81165f908152600287016020526040902054909150600160a01b900460ff166115e1578086856115b481613cc4565b9650815181106115c6576115c6613ac0565b602002602001019063ffffffff16908163ffffffff16815250505b506115eb81613cdc565b9050611561565b5050505090565b5f61160381611e65565b5f61160c611f05565b6007810154604080516001600160a01b03928316815291861660208301529192507fa16cce0b501ffb08da07be7ca8807c14112fd99a363b7901bfb9544b1ef3b3d8910160405180910390a160070180546001600160a01b0319166001600160a01b03939093169290921790915550565b5f611686612a4f565b805490915060ff600160401b82041615906001600160401b03165f811580156116ac5750825b90505f826001600160401b031660011480156116c75750303b155b9050811580156116d5575080155b156116f35760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561171d57845460ff60401b1916600160401b1785555b6001600160a01b0386166117445760405163d92e233d60e01b815260040160405180910390fd5b611798604051806040016040528060128152602001712c26aa28102737b2329027b832b930ba37b960711b81525060405180604001604052806008815260200167584d54504e4f444560c01b815250612a77565b6117a0612a89565b6117aa5f87611f65565b506117c25f516020613fb35f395f51905f5287611f65565b50831561180957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b606061181c82611df5565b505f61183260408051602081019091525f815290565b90505f8151116118505760405180602001604052805f815250610f6c565b8061185a84612a91565b60405160200161186b929190613d17565b6040516020818303038152906040529392505050565b61188a82610d2c565b61189381611e65565b610d26838361200d565b5f5f60605f6118aa611f05565b9050846001600160401b038111156118c4576118c4613591565b6040519080825280602002602001820160405280156118ed578160200160208202803683370190505b5091505f5b858110156119ac575f826002015f89898581811061191257611912613ac0565b905060200201602081019061192791906134fb565b63ffffffff16815260208082019290925260409081015f208151808301909252546001600160a01b0381168252600160a01b900460ff16151591810182905291506119a357805f015184838151811061198257611982613ac0565b60200260200101906001600160a01b031690816001600160a01b0316815250505b506001016118f2565b506001810154905490935063ffffffff600160201b9091041691509250925092565b604080516080810182525f80825260208201526060918101829052818101919091525f6119f9611f05565b9050611a058184612288565b610f6c8184612b20565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b6060805f611a67611f05565b90505f60646001611a7e8263ffffffff8a16613d2b565b611a889190613d3e565b611a929190613d51565b9050805f03611a9f575060015b815463ffffffff165f818311611ac957611ab98383613d3e565b611ac4906001613d2b565b611acb565b5f5b905086811115611ad85750855b806001600160401b03811115611af057611af0613591565b604051908082528060200260200182016040528015611b19578160200160208202803683370190505b509550806001600160401b03811115611b3457611b34613591565b604051908082528060200260200182016040528015611b8757816020015b604080516080810182525f8082526020820152606091810182905281810191909152815260200190600190039081611b525790505b5094505f5b81811015611c0a575f6064611ba18387613d2b565b611bab9190613d64565b905080888381518110611bc057611bc0613ac0565b602002602001019063ffffffff16908163ffffffff1681525050611be48682612b20565b878381518110611bf657611bf6613ac0565b602090810291909101015250600101611b8c565b50505050509250929050565b5f6109ba611c22611f05565b8361223b565b5f611c31611f05565b9050611c3d8185612288565b33611c4d63ffffffff8616612cec565b6001600160a01b031614611c82576040516369edaef760e01b815263ffffffff85166004820152336024820152604401610ae5565b611c8c8383612677565b63ffffffff84165f90815260048201602052604081208054611cad90613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054611cd990613a88565b8015611d245780601f10611cfb57610100808354040283529160200191611d24565b820191905f5260205f20905b815481529060010190602001808311611d0757829003601f168201915b5050505063ffffffff87165f9081526004850160205260409020919250611d4e9050848683613b7f565b508463ffffffff167f022e316814a8b9c12e4a7f7bb49deb1396c52a34cd00e255c80a7a2b66ec6a69828686604051611d8993929190613d7b565b60405180910390a25050505050565b5f516020613fb35f395f51905f52611daf81611e65565b5f611db8611f05565b9050611dc5818787612556565b611809818786866122b7565b5f6001600160e01b03198216637965db0b60e01b14806109ba57506109ba82612d25565b5f5f611e0083612cec565b90506001600160a01b0381166109ba57604051637e27328960e01b815260048101849052602401610ae5565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b611e6f8133612d74565b50565b5f611e7b611f05565b9050611e878184612288565b63ffffffff83165f90815260028201602052604090208054831515600160a01b90910460ff16151503611edd57604051630a300eaf60e21b815263ffffffff851660048201528315156024820152604401610ae5565b805483158015600160a01b0260ff60a01b19909216919091178255610d269083908690612842565b7f1120e5752e7a00fc9e43e42f198627abe3486c5ff40dda482d053108d5135f0090565b5f6001600160a01b03821615611f5257604051638cd22d1960e01b815260040160405180910390fd5b611f5d848484612dad565b949350505050565b5f5f516020613ff35f395f51905f52611f7e848461112d565b611ffd575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611fb33390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506109ba565b5f9150506109ba565b5092915050565b5f5f516020613ff35f395f51905f52612026848461112d565b15611ffd575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506109ba565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061210c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166121005f516020613fd35f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561212a5760405163703e46dd60e11b815260040160405180910390fd5b565b5f610eba81611e65565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612190575060408051601f3d908101601f1916820190925261218d91810190613daa565b60015b6121b857604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610ae5565b5f516020613fd35f395f51905f5281146121e857604051632a87526960e21b815260048101829052602401610ae5565b610c9e8383612eaf565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461212a5760405163703e46dd60e11b815260040160405180910390fd5b5f63ffffffff82161580159061225f5750612257606483613dc1565b63ffffffff16155b8015610f6c5750825463ffffffff16612279606484613de8565b63ffffffff1611159392505050565b612292828261223b565b610eba576040516349534fc760e01b815263ffffffff82166004820152602401610ae5565b5f6122c38584846126a7565b63ffffffff85165f908152600287016020526040812054600a8801549293506001600160a01b0390811692169081156123675760405163a699f9ed60e01b815263ffffffff881660048201526001600160a01b0383169063a699f9ed90602401602060405180830381865afa15801561233e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123629190613e0f565b612369565b5f5b6001600160a01b038085165f81815260088c016020908152604080832080546001600160401b038816600160c01b026001600160c01b0390911617815560098f01909252918290204290558054915194955093600160201b9091049092169163ffffffff8b16907f680fe6984b108c577a4d53b07f9af75ed4c86041b45514788f7afa2144b8e2209061240c9087906001600160401b0391909116815260200190565b60405180910390a46001600160a01b0385165f90815260068a0160205260409020805463ffffffff191663ffffffff8a1690811790915561245790899061245290612cec565b61278f565b6001600160a01b038087165f81815260088d01602090815260408083208651815488850151988401516001600160401b0316600160c01b026001600160c01b0399909816600160201b026001600160c01b031990911663ffffffff92831617179790971695909517909455938c16815260028d01845282812080546001600160a01b03191690921790915560038c0190925290206124f6878983613b7f565b50846001600160a01b0316846001600160a01b03168963ffffffff167fcb0ab0931dd668b5c8a45e4a0163706fc277080b70fb586d3433903b55eeb8278a8a604051612543929190613e35565b60405180910390a4505050505050505050565b6001600160a01b0381166125885760405163b20f76e360e01b81526001600160a01b0382166004820152602401610ae5565b6125928383612288565b6001600160a01b0381165f90815260058401602052604090205463ffffffff1680156125e857604051635374515760e11b81526001600160a01b038316600482015263ffffffff82166024820152604401610ae5565b5f6125f88463ffffffff16612cec565b6001600160a01b038082165f818152600589016020526040808220805463ffffffff19908116909155938816808352818320805463ffffffff8c169616861790559051949550939192917f8963d5ac08e58384e30b21ae20600a53d46ca68e214ee29db591cc6a402f3efb9190a4611809838563ffffffff165f611f29565b80801580612686575061020081115b15610c9e57604051630a925d0960e31b815260048101829052602401610ae5565b5f5f6126b38484610a8e565b6001600160a01b0381165f90815260068701602052604090205490915063ffffffff16801561270c576040516381bd322960e01b81526001600160a01b038316600482015263ffffffff82166024820152604401610ae5565b50949350505050565b80545f9063ffffffff90811690606461272f836001613d2b565b6127399190613d64565b11156127585760405163012afa4160e71b815260040160405180910390fd5b612763816001613e48565b835463ffffffff191663ffffffff919091161783556064612785826001613e48565b610f6c9190613ca5565b604080516060810182525f8082526020820181905291810191909152506040805160608101825263ffffffff9390931683526001600160a01b039190911660208301526001600160401b039082015290565b6001600160a01b03821661280a57604051633250574960e11b81525f6004820152602401610ae5565b5f61281683835f611f29565b90506001600160a01b03811615610c9e576040516339e3563760e11b81525f6004820152602401610ae5565b600183015460408051602081019290925263ffffffff84169082015281151560608201525f906080016040516020818303038152906040528051906020012090505f826128a95784546128a490600190600160201b900463ffffffff16613e64565b6128c3565b84546128c390600160201b900463ffffffff166001613e48565b60018601839055855467ffffffff000000001916600160201b63ffffffff83169081029190911787556040805185815260208101929092529192507f5fda593ef015b1584db4b4a668a63f7a3a6325d76ef95eb7b404842af52c47e9910160405180910390a15050505050565b6001600160a01b0383163b156110b357604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290612972908890889087908790600401613e80565b6020604051808303815f875af19250505080156129ac575060408051601f3d908101601f191682019092526129a991810190613eb2565b60015b612a13573d8080156129d9576040519150601f19603f3d011682016040523d82523d5f602084013e6129de565b606091505b5080515f03612a0b57604051633250574960e11b81526001600160a01b0385166004820152602401610ae5565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461180957604051633250574960e11b81526001600160a01b0385166004820152602401610ae5565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006109ba565b612a7f612f04565b610eba8282612f29565b61212a612f04565b60605f612a9d83612f59565b60010190505f816001600160401b03811115612abb57612abb613591565b6040519080825280601f01601f191660200182016040528015612ae5576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084612aef57509392505050565b604080516080810182525f808252602082015260609181018290528181019190915263ffffffff82165f81815260028501602090815260408083208151808301835290546001600160a01b038082168352600160a01b90910460ff1615158285019081528351608081018552835190921682525115158185015294845260038801909252918290208054919392830191612bb990613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054612be590613a88565b8015612c305780601f10612c0757610100808354040283529160200191612c30565b820191905f5260205f20905b815481529060010190602001808311612c1357829003601f168201915b50505050508152602001856004015f8663ffffffff1663ffffffff1681526020019081526020015f208054612c6490613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054612c9090613a88565b8015612cdb5780601f10612cb257610100808354040283529160200191612cdb565b820191905f5260205f20905b815481529060010190602001808311612cbe57829003601f168201915b505050505081525091505092915050565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f6001600160e01b031982166380ac58cd60e01b1480612d5557506001600160e01b03198216635b5e139f60e01b145b806109ba57506301ffc9a760e01b6001600160e01b03198316146109ba565b612d7e828261112d565b610eba5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ae5565b5f5f516020613f935f395f51905f5281612dc685612cec565b90506001600160a01b03841615612de257612de2818587613030565b6001600160a01b03811615612e1e57612dfd5f865f5f613094565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b03861615612e4e576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b612eb8826131a7565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115612efc57610c9e828261320a565b610eba61327c565b612f0c61329b565b61212a57604051631afcd79f60e31b815260040160405180910390fd5b612f31612f04565b5f516020613f935f395f51905f5280612f4a8482613ecd565b5060018101610d268382613ecd565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310612f975772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310612fc3576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310612fe157662386f26fc10000830492506010015b6305f5e1008310612ff9576305f5e100830492506008015b612710831061300d57612710830492506004015b6064831061301f576064830492506002015b600a83106109ba5760010192915050565b61303b8383836132b4565b610c9e576001600160a01b03831661306957604051637e27328960e01b815260048101829052602401610ae5565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610ae5565b5f516020613f935f395f51905f5281806130b657506001600160a01b03831615155b15613177575f6130c585611df5565b90506001600160a01b038416158015906130f15750836001600160a01b0316816001600160a01b031614155b801561310457506131028185611a0f565b155b1561312d5760405163a9fbf51f60e01b81526001600160a01b0385166004820152602401610ae5565b82156131755784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b806001600160a01b03163b5f036131dc57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610ae5565b5f516020613fd35f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516132269190613f87565b5f60405180830381855af49150503d805f811461325e576040519150601f19603f3d011682016040523d82523d5f602084013e613263565b606091505b5091509150613273858383613318565b95945050505050565b341561212a5760405163b398979f60e01b815260040160405180910390fd5b5f6132a4612a4f565b54600160401b900460ff16919050565b5f6001600160a01b03831615801590611f5d5750826001600160a01b0316846001600160a01b031614806132ed57506132ed8484611a0f565b80611f5d5750826001600160a01b031661330683611e2c565b6001600160a01b031614949350505050565b60608261332d5761332882613374565b610f6c565b815115801561334457506001600160a01b0384163b155b1561336d57604051639996b31560e01b81526001600160a01b0385166004820152602401610ae5565b5080610f6c565b80511561338357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b6001600160e01b031981168114611e6f575f5ffd5b5f602082840312156133c1575f5ffd5b8135610f6c8161339c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f6c60208301846133cc565b5f6020828403121561341c575f5ffd5b5035919050565b80356001600160a01b0381168114613439575f5ffd5b919050565b5f5f6040838503121561344f575f5ffd5b61345883613423565b946020939093013593505050565b5f5f83601f840112613476575f5ffd5b5081356001600160401b0381111561348c575f5ffd5b6020830191508360208285010111156134a3575f5ffd5b9250929050565b5f5f602083850312156134bb575f5ffd5b82356001600160401b038111156134d0575f5ffd5b6134dc85828601613466565b90969095509350505050565b803563ffffffff81168114613439575f5ffd5b5f6020828403121561350b575f5ffd5b610f6c826134e8565b5f5f5f60608486031215613526575f5ffd5b61352f84613423565b925061353d60208501613423565b929592945050506040919091013590565b5f5f6040838503121561355f575f5ffd5b8235915061356f60208401613423565b90509250929050565b5f60208284031215613588575f5ffd5b610f6c82613423565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126135b4575f5ffd5b81356001600160401b038111156135cd576135cd613591565b604051601f8201601f19908116603f011681016001600160401b03811182821017156135fb576135fb613591565b604052818152838201602001851015613612575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f6040838503121561363f575f5ffd5b61364883613423565b915060208301356001600160401b03811115613662575f5ffd5b61366e858286016135a5565b9150509250929050565b5f5f5f6040848603121561368a575f5ffd5b613693846134e8565b925060208401356001600160401b038111156136ad575f5ffd5b6136b986828701613466565b9497909650939450505050565b5f5f604083850312156136d7575f5ffd5b6136e0836134e8565b915061356f60208401613423565b5f5f5f5f5f60608688031215613702575f5ffd5b61370b86613423565b945060208601356001600160401b03811115613725575f5ffd5b61373188828901613466565b90955093505060408601356001600160401b0381111561374f575f5ffd5b61375b88828901613466565b969995985093965092949392505050565b5f5f6040838503121561377d575f5ffd5b61378683613423565b91506020830135801515811461379a575f5ffd5b809150509250929050565b5f5f5f5f608085870312156137b8575f5ffd5b6137c185613423565b93506137cf60208601613423565b92506040850135915060608501356001600160401b038111156137f0575f5ffd5b6137fc878288016135a5565b91505092959194509250565b5f8151808452602084019350602083015f5b8281101561383e57815163ffffffff1686526020958601959091019060010161381a565b5093949350505050565b602081525f610f6c6020830184613808565b5f5f6020838503121561386b575f5ffd5b82356001600160401b03811115613880575f5ffd5b8301601f81018513613890575f5ffd5b80356001600160401b038111156138a5575f5ffd5b8560208260051b84010111156138b9575f5ffd5b6020919091019590945092505050565b5f60608201858352846020840152606060408401528084518083526080850191506020860192505f5b818110156139195783516001600160a01b03168352602093840193909201916001016138f2565b5090979650505050505050565b60018060a01b0381511682526020810151151560208301525f60408201516080604085015261395860808501826133cc565b90506060830151848203606086015261327382826133cc565b602081525f610f6c6020830184613926565b5f5f60408385031215613994575f5ffd5b6136e083613423565b5f5f604083850312156139ae575f5ffd5b613458836134e8565b604081525f6139c96040830185613808565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613a1e57601f19868403018552613a08838351613926565b60209586019590935091909101906001016139ec565b509098975050505050505050565b5f5f5f5f60608587031215613a3f575f5ffd5b613a48856134e8565b9350613a5660208601613423565b925060408501356001600160401b03811115613a70575f5ffd5b613a7c87828801613466565b95989497509550505050565b600181811c90821680613a9c57607f821691505b602082108103613aba57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115613ae2575f5ffd5b83861115613aee575f5ffd5b5050820193919092039150565b803560208310156109ba575f19602084900360031b1b1692915050565b634e487b7160e01b5f52601260045260245ffd5b818382375f9101908152919050565b601f821115610c9e57805f5260205f20601f840160051c81016020851015613b605750805b601f840160051c820191505b818110156110b3575f8155600101613b6c565b6001600160401b03831115613b9657613b96613591565b613baa83613ba48354613a88565b83613b3b565b5f601f841160018114613bdb575f8515613bc45750838201355b5f19600387901b1c1916600186901b1783556110b3565b5f83815260208120601f198716915b82811015613c0a5786850135825560209485019460019092019101613bea565b5086821015613c26575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613c73604083018688613c38565b8281036020840152613c86818587613c38565b979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff818116838216029081169081811461200657612006613c91565b5f60018201613cd557613cd5613c91565b5060010190565b5f63ffffffff821663ffffffff8103613cf757613cf7613c91565b60010192915050565b5f81518060208401855e5f93019283525090919050565b5f611f5d613d258386613d00565b84613d00565b808201808211156109ba576109ba613c91565b818103818111156109ba576109ba613c91565b5f82613d5f57613d5f613b18565b500490565b80820281158282048414176109ba576109ba613c91565b604081525f613d8d60408301866133cc565b8281036020840152613da0818587613c38565b9695505050505050565b5f60208284031215613dba575f5ffd5b5051919050565b5f63ffffffff831680613dd657613dd6613b18565b8063ffffffff84160691505092915050565b5f63ffffffff831680613dfd57613dfd613b18565b8063ffffffff84160491505092915050565b5f60208284031215613e1f575f5ffd5b81516001600160401b0381168114610f6c575f5ffd5b602081525f611f5d602083018486613c38565b63ffffffff81811683821601908111156109ba576109ba613c91565b63ffffffff82811682821603908111156109ba576109ba613c91565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90613da0908301846133cc565b5f60208284031215613ec2575f5ffd5b8151610f6c8161339c565b81516001600160401b03811115613ee657613ee6613591565b613efa81613ef48454613a88565b84613b3b565b6020601f821160018114613f2c575f8315613f155750848201515b5f19600385901b1c1916600184901b1784556110b3565b5f84815260208120601f198516915b82811015613f5b5787850151825560209485019460019092019101613f3b565b5084821015613f7857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f610f6c8284613d0056fe80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300daf9ac3a6308052428e8806fd908cf472318416ed7d78b3f35dd94bbbafde56a360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R0`\x80R4\x80\x15a\0\x13W__\xFD[Pa\0\x1Ca\0!V[a\0\xD3V[\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0\x80Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\0qW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x14a\0\xD0W\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x90\x81\x17\x82U`@Q\x90\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PV[`\x80Qa@\x1Fa\0\xF9_9_\x81\x81a \x91\x01R\x81\x81a \xBA\x01Ra!\xFD\x01Ra@\x1F_\xF3\xFE`\x80`@R`\x046\x10a\x02\xF3W_5`\xE0\x1C\x80csPl-\x11a\x01\x89W\x80c\xBEaP\xA7\x11a\0\xD8W\x80c\xE0o\x87o\x11a\0\x92W\x80c\xF21\xAF2\x11a\0mW\x80c\xF21\xAF2\x14a\t?W\x80c\xF8L\xE8\xB9\x14a\t^W\x80c\xFA\xAA\xC8F\x14a\t}W\x80c\xFDf}\x1E\x14a\t\x9CW__\xFD[\x80c\xE0o\x87o\x14a\x08\xC7W\x80c\xE9\x85\xE9\xC5\x14a\x08\xF3W\x80c\xF1\x825\xCE\x14a\t\x12W__\xFD[\x80c\xBEaP\xA7\x14a\x07\xFDW\x80c\xC4\xD6m\xE8\x14a\x08\x1CW\x80c\xC8{V\xDD\x14a\x08;W\x80c\xD5Gt\x1F\x14a\x08ZW\x80c\xD5\x9F\x9F\xE0\x14a\x08yW\x80c\xD6\x83y\xB1\x14a\x08\x99W__\xFD[\x80c\xA0B\x80{\x11a\x01CW\x80c\xA2,\xB4e\x11a\x01\x1EW\x80c\xA2,\xB4e\x14a\x07sW\x80c\xAD<\xB1\xCC\x14a\x07\x8DW\x80c\xB8\x8DO\xDE\x14a\x07\xBDW\x80c\xB9x\xE5K\x14a\x07\xDCW__\xFD[\x80c\xA0B\x80{\x14a\x06\xE8W\x80c\xA0\xEA\xE8\x1D\x14a\x07AW\x80c\xA2\x17\xFD\xDF\x14a\x07`W__\xFD[\x80csPl-\x14a\x069W\x80ct\x91\x08\x82\x14a\x06XW\x80c\x88\xDF\x88h\x14a\x06wW\x80c\x91\xD1HT\x14a\x06\x96W\x80c\x95\xD8\x9BA\x14a\x06\xB5W\x80c\x9A\xF53\xF1\x14a\x06\xC9W__\xFD[\x80c>\x91\xAD\xCA\x11a\x02EW\x80cW\xD8c\xCB\x11a\x01\xFFW\x80chP\x1A>\x11a\x01\xDAW\x80chP\x1A>\x14a\x05\xC8W\x80cj\xAF\x97~\x14a\x05\xE7W\x80cm\xA4\x9B\x83\x14a\x06\x06W\x80cp\xA0\x821\x14a\x06\x1AW__\xFD[\x80cW\xD8c\xCB\x14a\x05aW\x80c_\x91\xD4\x06\x14a\x05\x8AW\x80ccR!\x1E\x14a\x05\xA9W__\xFD[\x80c>\x91\xAD\xCA\x14a\x04\xC9W\x80cB\x84.\x0E\x14a\x04\xDDW\x80cK\xA6\x96\xD2\x14a\x04\xFCW\x80cO\x1E\xF2\x86\x14a\x05\x1BW\x80cR\xD1\x90-\x14a\x05.W\x80cV\x9C\n\xFE\x14a\x05BW__\xFD[\x80c#\xB8r\xDD\x11a\x02\xB0W\x80c//\xF1]\x11a\x02\x8BW\x80c//\xF1]\x14a\x04BW\x80c6V\x8A\xBE\x14a\x04aW\x80c8\t@\xFB\x14a\x04\x80W\x80c9\x01r\x96\x14a\x04\xB4W__\xFD[\x80c#\xB8r\xDD\x14a\x03\xE2W\x80c$\x8A\x9C\xA3\x14a\x04\x01W\x80c'P\xC7Q\x14a\x04.W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xF7W\x80c\x06\xFD\xDE\x03\x14a\x03+W\x80c\x08\x18\x12\xFC\x14a\x03LW\x80c\t^\xA7\xB3\x14a\x03\x83W\x80c\n\x86\x0Br\x14a\x03\xA4W\x80c\x14o\xCE\n\x14a\x03\xC3W[__\xFD[4\x80\x15a\x03\x02W__\xFD[Pa\x03\x16a\x03\x116`\x04a3\xB1V[a\t\xB0V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x036W__\xFD[Pa\x03?a\t\xC0V[`@Qa\x03\"\x91\x90a3\xFAV[4\x80\x15a\x03WW__\xFD[Pa\x03ka\x03f6`\x04a4\x0CV[a\naV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03\"V[4\x80\x15a\x03\x8EW__\xFD[Pa\x03\xA2a\x03\x9D6`\x04a4>V[a\nuV[\0[4\x80\x15a\x03\xAFW__\xFD[Pa\x03ka\x03\xBE6`\x04a4\xAAV[a\n\x8EV[4\x80\x15a\x03\xCEW__\xFD[Pa\x03\xA2a\x03\xDD6`\x04a4\xFBV[a\x0B\xD3V[4\x80\x15a\x03\xEDW__\xFD[Pa\x03\xA2a\x03\xFC6`\x04a5\x14V[a\x0C\xA3V[4\x80\x15a\x04\x0CW__\xFD[Pa\x04 a\x04\x1B6`\x04a4\x0CV[a\r,V[`@Q\x90\x81R` \x01a\x03\"V[4\x80\x15a\x049W__\xFD[Pa\x03ka\rLV[4\x80\x15a\x04MW__\xFD[Pa\x03\xA2a\x04\\6`\x04a5NV[a\rgV[4\x80\x15a\x04lW__\xFD[Pa\x03\xA2a\x04{6`\x04a5NV[a\r\x83V[4\x80\x15a\x04\x8BW__\xFD[Pa\x04\x9Fa\x04\x9A6`\x04a5xV[a\r\xB6V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\"V[4\x80\x15a\x04\xBFW__\xFD[Pa\x04 a\x02\0\x81V[4\x80\x15a\x04\xD4W__\xFD[Pa\x03ka\r\xE6V[4\x80\x15a\x04\xE8W__\xFD[Pa\x03\xA2a\x04\xF76`\x04a5\x14V[a\x0E\x01V[4\x80\x15a\x05\x07W__\xFD[Pa\x03\xA2a\x05\x166`\x04a5xV[a\x0E\x1BV[a\x03\xA2a\x05)6`\x04a6.V[a\x0E\x9FV[4\x80\x15a\x059W__\xFD[Pa\x04 a\x0E\xBEV[4\x80\x15a\x05MW__\xFD[Pa\x04 a\x05\\6`\x04a5xV[a\x0E\xD9V[4\x80\x15a\x05lW__\xFD[Pa\x05ua\x0F\x03V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x03\"V[4\x80\x15a\x05\x95W__\xFD[Pa\x03\x16a\x05\xA46`\x04a4\xFBV[a\x0F,V[4\x80\x15a\x05\xB4W__\xFD[Pa\x03ka\x05\xC36`\x04a4\x0CV[a\x0FsV[4\x80\x15a\x05\xD3W__\xFD[Pa\x03ka\x05\xE26`\x04a4\xFBV[a\x0F}V[4\x80\x15a\x05\xF2W__\xFD[Pa\x03\xA2a\x06\x016`\x04a4\xFBV[a\x0F\xB9V[4\x80\x15a\x06\x11W__\xFD[Pa\x04\x9Fa\x10\x0EV[4\x80\x15a\x06%W__\xFD[Pa\x04 a\x0646`\x04a5xV[a\x10#V[4\x80\x15a\x06DW__\xFD[Pa\x03\xA2a\x06S6`\x04a6xV[a\x10{V[4\x80\x15a\x06cW__\xFD[Pa\x03\xA2a\x06r6`\x04a6\xC6V[a\x10\xBAV[4\x80\x15a\x06\x82W__\xFD[Pa\x03\x16a\x06\x916`\x04a6\xC6V[a\x10\xE3V[4\x80\x15a\x06\xA1W__\xFD[Pa\x03\x16a\x06\xB06`\x04a5NV[a\x11-V[4\x80\x15a\x06\xC0W__\xFD[Pa\x03?a\x11cV[4\x80\x15a\x06\xD4W__\xFD[Pa\x04\x9Fa\x06\xE36`\x04a5xV[a\x11\xA1V[4\x80\x15a\x06\xF3W__\xFD[Pa\x07\x07a\x07\x026`\x04a5xV[a\x11\xD1V[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x90\x82\x01R\x91\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R``\x01a\x03\"V[4\x80\x15a\x07LW__\xFD[Pa\x04\x9Fa\x07[6`\x04a6\xEEV[a\x12RV[4\x80\x15a\x07kW__\xFD[Pa\x04 _\x81V[4\x80\x15a\x07~W__\xFD[Pa\x03\xA2a\x03\x9D6`\x04a7lV[4\x80\x15a\x07\x98W__\xFD[Pa\x03?`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[4\x80\x15a\x07\xC8W__\xFD[Pa\x03\xA2a\x07\xD76`\x04a7\xA5V[a\x14\xDBV[4\x80\x15a\x07\xE7W__\xFD[Pa\x07\xF0a\x14\xF3V[`@Qa\x03\"\x91\x90a8HV[4\x80\x15a\x08\x08W__\xFD[Pa\x03\xA2a\x08\x176`\x04a5xV[a\x15\xF9V[4\x80\x15a\x08'W__\xFD[Pa\x03\xA2a\x0866`\x04a5xV[a\x16}V[4\x80\x15a\x08FW__\xFD[Pa\x03?a\x08U6`\x04a4\x0CV[a\x18\x11V[4\x80\x15a\x08eW__\xFD[Pa\x03\xA2a\x08t6`\x04a5NV[a\x18\x81V[4\x80\x15a\x08\x84W__\xFD[Pa\x04 _Q` a?\xB3_9_Q\x90_R\x81V[4\x80\x15a\x08\xA4W__\xFD[Pa\x08\xB8a\x08\xB36`\x04a8ZV[a\x18\x9DV[`@Qa\x03\"\x93\x92\x91\x90a8\xC9V[4\x80\x15a\x08\xD2W__\xFD[Pa\x08\xE6a\x08\xE16`\x04a4\xFBV[a\x19\xCEV[`@Qa\x03\"\x91\x90a9qV[4\x80\x15a\x08\xFEW__\xFD[Pa\x03\x16a\t\r6`\x04a9\x83V[a\x1A\x0FV[4\x80\x15a\t\x1DW__\xFD[Pa\t1a\t,6`\x04a9\x9DV[a\x1A[V[`@Qa\x03\"\x92\x91\x90a9\xB7V[4\x80\x15a\tJW__\xFD[Pa\x03\x16a\tY6`\x04a4\xFBV[a\x1C\x16V[4\x80\x15a\tiW__\xFD[Pa\x03\xA2a\tx6`\x04a6xV[a\x1C(V[4\x80\x15a\t\x88W__\xFD[Pa\x03\xA2a\t\x976`\x04a:,V[a\x1D\x98V[4\x80\x15a\t\xA7W__\xFD[Pa\x04\x9F`d\x81V[_a\t\xBA\x82a\x1D\xD1V[\x92\x91PPV[_Q` a?\x93_9_Q\x90_R\x80T``\x91\x90\x81\x90a\t\xDF\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\n\x0B\x90a:\x88V[\x80\x15a\nVW\x80`\x1F\x10a\n-Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\nVV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\n9W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x91PP\x90V[_a\nk\x82a\x1D\xF5V[Pa\t\xBA\x82a\x1E,V[`@Qc\x8C\xD2-\x19`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`A\x82\x14\x15\x80a\n\xC8WP\x82\x82_\x81\x81\x10a\n\xACWa\n\xACa:\xC0V[\x90P\x015`\xF8\x1C`\xF8\x1B`\x01`\x01`\xF8\x1B\x03\x19\x16`\x04`\xF8\x1B\x14\x15[\x15a\n\xEEW`@Qc8\x03\xC0\x0F`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\n\xFD`!`\x01\x85\x87a:\xD4V[a\x0B\x06\x91a:\xFBV[\x90P_a\x0B\x17`A`!\x86\x88a:\xD4V[a\x0B \x91a:\xFBV[\x90Pd\x01\0\0\x03\xD0\x19\x80\x83\x10\x15\x80a\x0B8WP\x80\x82\x10\x15[\x80a\x0B\x84WP\x80\x80a\x0BLWa\x0BLa;\x18V[`\x07\x82\x80a\x0B\\Wa\x0B\\a;\x18V[\x85\x84\x80a\x0BkWa\x0Bka;\x18V[\x87\x88\t\t\x08\x81\x80a\x0B~Wa\x0B~a;\x18V[\x83\x84\t\x14\x15[\x15a\x0B\xA5W`@Qc8\x03\xC0\x0F`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\n\xE5V[a\x0B\xB2\x85`\x01\x81\x89a:\xD4V[`@Qa\x0B\xC0\x92\x91\x90a;,V[`@Q\x90\x81\x90\x03\x90 \x96\x95PPPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x0B\xEA\x81a\x1EeV[a\x0B\xF5\x82`\x01a\x1ErV[`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\xC4\xCC\x1EE\xEC\xBA\xA2\x8B6\xAB\xC2R\x14&\xE0\xB2wn\x84\xF8\x91?l\xD1_$@\xB6t@\x92\xEA\x90_\x90\xA2_a\x0C.a\x1F\x05V[`\x07\x01T`\x01`\x01`\xA0\x1B\x03\x16\x90P\x80\x15a\x0C\x9EW`@Qc\x1C\x1C!\xE3`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c88C\xC6\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0C\x87W__\xFD[PZ\xF1\x15\x80\x15a\x0C\x99W=__>=_\xFD[PPPP[PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0C\xCCW`@Qc2PWI`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[_a\x0C\xD8\x83\x833a\x1F)V[\x90P\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\r&W`@Qcd(={`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x80\x86\x16`\x04\x83\x01R`$\x82\x01\x84\x90R\x82\x16`D\x82\x01R`d\x01a\n\xE5V[PPPPV[_\x90\x81R_Q` a?\xF3_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[_a\rUa\x1F\x05V[`\n\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[a\rp\x82a\r,V[a\ry\x81a\x1EeV[a\r&\x83\x83a\x1FeV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\r\xACW`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0C\x9E\x82\x82a \rV[_a\r\xBFa\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x05\x92\x90\x92\x01` RP`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x90V[_a\r\xEFa\x1F\x05V[`\x07\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[a\x0C\x9E\x83\x83\x83`@Q\x80` \x01`@R\x80_\x81RPa\x14\xDBV[_a\x0E%\x81a\x1EeV[_a\x0E.a\x1F\x05V[`\n\x81\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x86\x16` \x83\x01R\x91\x92P\x7F5\xD8\xDE\x03\x9E\x93\x81*\xC8-\x176{!\xD5I\x94\x86\xC0\x99\x04k;\x8A\x8BVBfVsh\xA1\x91\x01`@Q\x80\x91\x03\x90\xA1`\n\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x0E\xA7a \x86V[a\x0E\xB0\x82a!,V[a\x0E\xBA\x82\x82a!6V[PPV[_a\x0E\xC7a!\xF2V[P_Q` a?\xD3_9_Q\x90_R\x90V[_a\x0E\xE2a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\t\x92\x90\x92\x01` RP`@\x90 T\x90V[___a\x0F\x0Ea\x1F\x05V[`\x01\x81\x01T\x90T\x90\x94`\x01` \x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[__a\x0F6a\x1F\x05V[\x90Pa\x0FB\x81\x84a\";V[\x80\x15a\x0FlWPc\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x02\x82\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15[\x93\x92PPPV[_a\t\xBA\x82a\x1D\xF5V[__a\x0F\x87a\x1F\x05V[\x90Pa\x0F\x93\x81\x84a\"\x88V[c\xFF\xFF\xFF\xFF\x90\x92\x16_\x90\x81R`\x02\x90\x92\x01` RP`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[_Q` a?\xB3_9_Q\x90_Ra\x0F\xD0\x81a\x1EeV[a\x0F\xDA\x82_a\x1ErV[`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\x0F2\xAAl*\xEA5\xCF$\xABUCg\x8ARG\xF8J\x9B\x81\xDD\x0B8\xB9.\xA8tu$\x81\t\x0C\x90_\x90\xA2PPV[_a\x10\x17a\x1F\x05V[Tc\xFF\xFF\xFF\xFF\x16\x91\x90PV[__Q` a?\x93_9_Q\x90_R`\x01`\x01`\xA0\x1B\x03\x83\x16a\x10[W`@Qc\"q\x8A\xD9`\xE2\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x03\x90\x92\x01` RP`@\x90 T\x90V[_Q` a?\xB3_9_Q\x90_Ra\x10\x92\x81a\x1EeV[_a\x10\x9Ba\x1F\x05V[\x90Pa\x10\xA7\x81\x86a\"\x88V[a\x10\xB3\x81\x86\x86\x86a\"\xB7V[PPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x10\xD1\x81a\x1EeV[a\x0C\x9Ea\x10\xDCa\x1F\x05V[\x84\x84a%VV[_c\xFF\xFF\xFF\xFF\x83\x16\x15\x80\x15\x90a\x0FlWP\x82c\xFF\xFF\xFF\xFF\x16a\x11\x03a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x06\x91\x90\x91\x01` R`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x14\x93\x92PPPV[_\x91\x82R_Q` a?\xF3_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x01\x80T``\x91_Q` a?\x93_9_Q\x90_R\x91a\t\xDF\x90a:\x88V[_a\x11\xAAa\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x06\x92\x90\x92\x01` RP`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x90V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x91\x90\x91Ra\x11\xF5a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x92\x83\x16_\x90\x81R`\x08\x91\x90\x91\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x90Tc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x01` \x1B\x81\x04\x90\x95\x16\x91\x81\x01\x91\x90\x91R`\x01`\xC0\x1B\x90\x93\x04`\x01`\x01`@\x1B\x03\x16\x90\x83\x01RP\x90V[__Q` a?\xB3_9_Q\x90_Ra\x12j\x81a\x1EeV[`\x01`\x01`\xA0\x1B\x03\x87\x16a\x12\x9CW`@Qc\xB2\x0Fv\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16`\x04\x82\x01R`$\x01a\n\xE5V[_a\x12\xA5a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x05\x82\x01` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x80\x15a\x12\xFEW`@QcStQW`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[a\x13\x08\x86\x86a&wV[_a\x13\x14\x83\x8A\x8Aa&\xA7V[\x90Pa\x13\x1F\x83a'\x15V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06\x85\x01` R`@\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x83\x16\x17\x90U\x94Pa\x13W\x85\x8Ba'\x8FV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x08\x87\x01` \x90\x81R`@\x80\x83 \x86Q\x81T\x88\x85\x01Q\x98\x84\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x99\x89\x16`\x01` \x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16c\xFF\xFF\xFF\xFF\x93\x84\x16\x17\x91\x90\x91\x17\x98\x90\x98\x16\x97\x90\x97\x17\x90U\x80Q\x80\x82\x01\x82R\x93\x84R\x83\x82\x01\x83\x81R\x95\x8B\x16\x83R`\x02\x89\x01\x82R\x80\x83 \x93Q\x84T\x96Q\x15\x15`\x01`\xA0\x1B\x02`\x01`\x01`\xA8\x1B\x03\x19\x90\x97\x16\x95\x16\x94\x90\x94\x17\x94\x90\x94\x17\x90\x91U`\x03\x86\x01\x90\x92R\x90 a\x14\x1C\x89\x8B\x83a;\x7FV[Pc\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x04\x84\x01` R`@\x90 a\x14>\x87\x89\x83a;\x7FV[P`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16_\x81\x81R`\x05\x86\x01` R`@\x90\x81\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x8A\x16\x90\x81\x17\x90\x91U\x90Q\x92\x84\x16\x92\x7F\x9B8\\0\xE3\x90\xE1\xE1Z\xB8\xA2\xE3LL\xAA@\xB3\xC5\x98\x82\xC1q\x85\xFC\xBC?\x87\xB2\xBFfX\xA4\x90a\x14\xAA\x90\x8E\x90\x8E\x90\x8E\x90\x8E\x90a<`V[`@Q\x80\x91\x03\x90\xA4a\x14\xC2\x8A\x86c\xFF\xFF\xFF\xFF\x16a'\xE1V[a\x14\xCE\x83\x86`\x01a(BV[PPPP\x95\x94PPPPPV[a\x14\xE6\x84\x84\x84a\x0C\xA3V[a\r&3\x85\x85\x85\x85a)0V[``_a\x14\xFEa\x1F\x05V[\x80T\x90\x91P`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01`\x01`@\x1B\x03\x81\x11\x15a\x15'Wa\x15'a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x15PW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x81T\x90\x92P_\x90c\xFF\xFF\xFF\xFF\x16`\x01[\x81c\xFF\xFF\xFF\xFF\x16\x81c\xFF\xFF\xFF\xFF\x16\x11a\x15\xF2W_a\x15\x80`d\x83a<\xA5V[c\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x02\x87\x01` R`@\x90 T\x90\x91P`\x01`\xA0\x1B\x90\x04`\xFF\x16a\x15\xE1W\x80\x86\x85a\x15\xB4\x81a<\xC4V[\x96P\x81Q\x81\x10a\x15\xC6Wa\x15\xC6a:\xC0V[` \x02` \x01\x01\x90c\xFF\xFF\xFF\xFF\x16\x90\x81c\xFF\xFF\xFF\xFF\x16\x81RPP[Pa\x15\xEB\x81a<\xDCV[\x90Pa\x15aV[PPPP\x90V[_a\x16\x03\x81a\x1EeV[_a\x16\x0Ca\x1F\x05V[`\x07\x81\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x86\x16` \x83\x01R\x91\x92P\x7F\xA1l\xCE\x0BP\x1F\xFB\x08\xDA\x07\xBE|\xA8\x80|\x14\x11/\xD9\x9A6;y\x01\xBF\xB9TK\x1E\xF3\xB3\xD8\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[_a\x16\x86a*OV[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90`\x01`\x01`@\x1B\x03\x16_\x81\x15\x80\x15a\x16\xACWP\x82[\x90P_\x82`\x01`\x01`@\x1B\x03\x16`\x01\x14\x80\x15a\x16\xC7WP0;\x15[\x90P\x81\x15\x80\x15a\x16\xD5WP\x80\x15[\x15a\x16\xF3W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x17\x1DW\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x86\x16a\x17DW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x17\x98`@Q\x80`@\x01`@R\x80`\x12\x81R` \x01q,&\xAA(\x10'7\xB22\x90'\xB82\xB90\xBA7\xB9`q\x1B\x81RP`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gXMTPNODE`\xC0\x1B\x81RPa*wV[a\x17\xA0a*\x89V[a\x17\xAA_\x87a\x1FeV[Pa\x17\xC2_Q` a?\xB3_9_Q\x90_R\x87a\x1FeV[P\x83\x15a\x18\tW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPV[``a\x18\x1C\x82a\x1D\xF5V[P_a\x182`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[\x90P_\x81Q\x11a\x18PW`@Q\x80` \x01`@R\x80_\x81RPa\x0FlV[\x80a\x18Z\x84a*\x91V[`@Q` \x01a\x18k\x92\x91\x90a=\x17V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93\x92PPPV[a\x18\x8A\x82a\r,V[a\x18\x93\x81a\x1EeV[a\r&\x83\x83a \rV[__``_a\x18\xAAa\x1F\x05V[\x90P\x84`\x01`\x01`@\x1B\x03\x81\x11\x15a\x18\xC4Wa\x18\xC4a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x18\xEDW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x91P_[\x85\x81\x10\x15a\x19\xACW_\x82`\x02\x01_\x89\x89\x85\x81\x81\x10a\x19\x12Wa\x19\x12a:\xC0V[\x90P` \x02\x01` \x81\x01\x90a\x19'\x91\x90a4\xFBV[c\xFF\xFF\xFF\xFF\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15\x15\x91\x81\x01\x82\x90R\x91Pa\x19\xA3W\x80_\x01Q\x84\x83\x81Q\x81\x10a\x19\x82Wa\x19\x82a:\xC0V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[P`\x01\x01a\x18\xF2V[P`\x01\x81\x01T\x90T\x90\x93Pc\xFF\xFF\xFF\xFF`\x01` \x1B\x90\x91\x04\x16\x91P\x92P\x92P\x92V[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91R_a\x19\xF9a\x1F\x05V[\x90Pa\x1A\x05\x81\x84a\"\x88V[a\x0Fl\x81\x84a+ V[`\x01`\x01`\xA0\x1B\x03\x91\x82\x16_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x05` \x90\x81R`@\x80\x83 \x93\x90\x94\x16\x82R\x91\x90\x91R T`\xFF\x16\x90V[``\x80_a\x1Aga\x1F\x05V[\x90P_`d`\x01a\x1A~\x82c\xFF\xFF\xFF\xFF\x8A\x16a=+V[a\x1A\x88\x91\x90a=>V[a\x1A\x92\x91\x90a=QV[\x90P\x80_\x03a\x1A\x9FWP`\x01[\x81Tc\xFF\xFF\xFF\xFF\x16_\x81\x83\x11a\x1A\xC9Wa\x1A\xB9\x83\x83a=>V[a\x1A\xC4\x90`\x01a=+V[a\x1A\xCBV[_[\x90P\x86\x81\x11\x15a\x1A\xD8WP\x85[\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\xF0Wa\x1A\xF0a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x95P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1B4Wa\x1B4a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x87W\x81` \x01[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91R\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x1BRW\x90P[P\x94P_[\x81\x81\x10\x15a\x1C\nW_`da\x1B\xA1\x83\x87a=+V[a\x1B\xAB\x91\x90a=dV[\x90P\x80\x88\x83\x81Q\x81\x10a\x1B\xC0Wa\x1B\xC0a:\xC0V[` \x02` \x01\x01\x90c\xFF\xFF\xFF\xFF\x16\x90\x81c\xFF\xFF\xFF\xFF\x16\x81RPPa\x1B\xE4\x86\x82a+ V[\x87\x83\x81Q\x81\x10a\x1B\xF6Wa\x1B\xF6a:\xC0V[` \x90\x81\x02\x91\x90\x91\x01\x01RP`\x01\x01a\x1B\x8CV[PPPPP\x92P\x92\x90PV[_a\t\xBAa\x1C\"a\x1F\x05V[\x83a\";V[_a\x1C1a\x1F\x05V[\x90Pa\x1C=\x81\x85a\"\x88V[3a\x1CMc\xFF\xFF\xFF\xFF\x86\x16a,\xECV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1C\x82W`@Qci\xED\xAE\xF7`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\n\xE5V[a\x1C\x8C\x83\x83a&wV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x04\x82\x01` R`@\x81 \x80Ta\x1C\xAD\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1C\xD9\x90a:\x88V[\x80\x15a\x1D$W\x80`\x1F\x10a\x1C\xFBWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1D$V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1D\x07W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPc\xFF\xFF\xFF\xFF\x87\x16_\x90\x81R`\x04\x85\x01` R`@\x90 \x91\x92Pa\x1DN\x90P\x84\x86\x83a;\x7FV[P\x84c\xFF\xFF\xFF\xFF\x16\x7F\x02.1h\x14\xA8\xB9\xC1.J\x7F{\xB4\x9D\xEB\x13\x96\xC5*4\xCD\0\xE2U\xC8\nz+f\xECji\x82\x86\x86`@Qa\x1D\x89\x93\x92\x91\x90a={V[`@Q\x80\x91\x03\x90\xA2PPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x1D\xAF\x81a\x1EeV[_a\x1D\xB8a\x1F\x05V[\x90Pa\x1D\xC5\x81\x87\x87a%VV[a\x18\t\x81\x87\x86\x86a\"\xB7V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\t\xBAWPa\t\xBA\x82a-%V[__a\x1E\0\x83a,\xECV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a\t\xBAW`@Qc~'2\x89`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\n\xE5V[_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x1Eo\x813a-tV[PV[_a\x1E{a\x1F\x05V[\x90Pa\x1E\x87\x81\x84a\"\x88V[c\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x02\x82\x01` R`@\x90 \x80T\x83\x15\x15`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x15\x15\x03a\x1E\xDDW`@Qc\n0\x0E\xAF`\xE2\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x83\x15\x15`$\x82\x01R`D\x01a\n\xE5V[\x80T\x83\x15\x80\x15`\x01`\xA0\x1B\x02`\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x82Ua\r&\x90\x83\x90\x86\x90a(BV[\x7F\x11 \xE5u.z\0\xFC\x9EC\xE4/\x19\x86'\xAB\xE3Hl_\xF4\r\xDAH-\x051\x08\xD5\x13_\0\x90V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a\x1FRW`@Qc\x8C\xD2-\x19`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F]\x84\x84\x84a-\xADV[\x94\x93PPPPV[__Q` a?\xF3_9_Q\x90_Ra\x1F~\x84\x84a\x11-V[a\x1F\xFDW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1F\xB33\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\t\xBAV[_\x91PPa\t\xBAV[P\x92\x91PPV[__Q` a?\xF3_9_Q\x90_Ra &\x84\x84a\x11-V[\x15a\x1F\xFDW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\t\xBAV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a!\x0CWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a!\0_Q` a?\xD3_9_Q\x90_RT`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a!*W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x0E\xBA\x81a\x1EeV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a!\x90WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra!\x8D\x91\x81\x01\x90a=\xAAV[`\x01[a!\xB8W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\n\xE5V[_Q` a?\xD3_9_Q\x90_R\x81\x14a!\xE8W`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[a\x0C\x9E\x83\x83a.\xAFV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a!*W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x15\x80\x15\x90a\"_WPa\"W`d\x83a=\xC1V[c\xFF\xFF\xFF\xFF\x16\x15[\x80\x15a\x0FlWP\x82Tc\xFF\xFF\xFF\xFF\x16a\"y`d\x84a=\xE8V[c\xFF\xFF\xFF\xFF\x16\x11\x15\x93\x92PPPV[a\"\x92\x82\x82a\";V[a\x0E\xBAW`@QcISO\xC7`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[_a\"\xC3\x85\x84\x84a&\xA7V[c\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x02\x87\x01` R`@\x81 T`\n\x88\x01T\x92\x93P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x92\x16\x90\x81\x15a#gW`@Qc\xA6\x99\xF9\xED`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xA6\x99\xF9\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#>W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#b\x91\x90a>\x0FV[a#iV[_[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\x08\x8C\x01` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`@\x1B\x03\x88\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x90\x91\x16\x17\x81U`\t\x8F\x01\x90\x92R\x91\x82\x90 B\x90U\x80T\x91Q\x94\x95P\x93`\x01` \x1B\x90\x91\x04\x90\x92\x16\x91c\xFF\xFF\xFF\xFF\x8B\x16\x90\x7Fh\x0F\xE6\x98K\x10\x8CWzMS\xB0\x7F\x9A\xF7^\xD4\xC8`A\xB4U\x14x\x8Fz\xFA!D\xB8\xE2 \x90a$\x0C\x90\x87\x90`\x01`\x01`@\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x06\x8A\x01` R`@\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x8A\x16\x90\x81\x17\x90\x91Ua$W\x90\x89\x90a$R\x90a,\xECV[a'\x8FV[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x81\x81R`\x08\x8D\x01` \x90\x81R`@\x80\x83 \x86Q\x81T\x88\x85\x01Q\x98\x84\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x99\x90\x98\x16`\x01` \x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x91\x16c\xFF\xFF\xFF\xFF\x92\x83\x16\x17\x17\x97\x90\x97\x16\x95\x90\x95\x17\x90\x94U\x93\x8C\x16\x81R`\x02\x8D\x01\x84R\x82\x81 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90\x92\x17\x90\x91U`\x03\x8C\x01\x90\x92R\x90 a$\xF6\x87\x89\x83a;\x7FV[P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x89c\xFF\xFF\xFF\xFF\x16\x7F\xCB\n\xB0\x93\x1D\xD6h\xB5\xC8\xA4^J\x01cpo\xC2w\x08\x0Bp\xFBXm43\x90;U\xEE\xB8'\x8A\x8A`@Qa%C\x92\x91\x90a>5V[`@Q\x80\x91\x03\x90\xA4PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a%\x88W`@Qc\xB2\x0Fv\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[a%\x92\x83\x83a\"\x88V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x05\x84\x01` R`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x80\x15a%\xE8W`@QcStQW`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[_a%\xF8\x84c\xFF\xFF\xFF\xFF\x16a,\xECV[`\x01`\x01`\xA0\x1B\x03\x80\x82\x16_\x81\x81R`\x05\x89\x01` R`@\x80\x82 \x80Tc\xFF\xFF\xFF\xFF\x19\x90\x81\x16\x90\x91U\x93\x88\x16\x80\x83R\x81\x83 \x80Tc\xFF\xFF\xFF\xFF\x8C\x16\x96\x16\x86\x17\x90U\x90Q\x94\x95P\x93\x91\x92\x91\x7F\x89c\xD5\xAC\x08\xE5\x83\x84\xE3\x0B!\xAE `\nS\xD4l\xA6\x8E!N\xE2\x9D\xB5\x91\xCCj@/>\xFB\x91\x90\xA4a\x18\t\x83\x85c\xFF\xFF\xFF\xFF\x16_a\x1F)V[\x80\x80\x15\x80a&\x86WPa\x02\0\x81\x11[\x15a\x0C\x9EW`@Qc\n\x92]\t`\xE3\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[__a&\xB3\x84\x84a\n\x8EV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06\x87\x01` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x80\x15a'\x0CW`@Qc\x81\xBD2)`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[P\x94\x93PPPPV[\x80T_\x90c\xFF\xFF\xFF\xFF\x90\x81\x16\x90`da'/\x83`\x01a=+V[a'9\x91\x90a=dV[\x11\x15a'XW`@Qc\x01*\xFAA`\xE7\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a'c\x81`\x01a>HV[\x83Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x83U`da'\x85\x82`\x01a>HV[a\x0Fl\x91\x90a<\xA5V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x91\x90\x91RP`@\x80Q``\x81\x01\x82Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16\x83R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x90\x82\x01R\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16a(\nW`@Qc2PWI`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[_a(\x16\x83\x83_a\x1F)V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\x0C\x9EW`@Qc9\xE3V7`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[`\x01\x83\x01T`@\x80Q` \x81\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x82\x01R\x81\x15\x15``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P_\x82a(\xA9W\x84Ta(\xA4\x90`\x01\x90`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a>dV[a(\xC3V[\x84Ta(\xC3\x90`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a>HV[`\x01\x86\x01\x83\x90U\x85Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16`\x01` \x1Bc\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x02\x91\x90\x91\x17\x87U`@\x80Q\x85\x81R` \x81\x01\x92\x90\x92R\x91\x92P\x7F_\xDAY>\xF0\x15\xB1XM\xB4\xB4\xA6h\xA6?z:c%\xD7n\xF9^\xB7\xB4\x04\x84*\xF5,G\xE9\x91\x01`@Q\x80\x91\x03\x90\xA1PPPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16;\x15a\x10\xB3W`@Qc\n\x85\xBD\x01`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90c\x15\x0Bz\x02\x90a)r\x90\x88\x90\x88\x90\x87\x90\x87\x90`\x04\x01a>\x80V[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a)\xACWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra)\xA9\x91\x81\x01\x90a>\xB2V[`\x01[a*\x13W=\x80\x80\x15a)\xD9W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a)\xDEV[``\x91P[P\x80Q_\x03a*\x0BW`@Qc2PWI`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[\x80Q` \x82\x01\xFD[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c\n\x85\xBD\x01`\xE1\x1B\x14a\x18\tW`@Qc2PWI`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\t\xBAV[a*\x7Fa/\x04V[a\x0E\xBA\x82\x82a/)V[a!*a/\x04V[``_a*\x9D\x83a/YV[`\x01\x01\x90P_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xBBWa*\xBBa5\x91V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a*\xE5W` \x82\x01\x81\x806\x837\x01\x90P[P\x90P\x81\x81\x01` \x01[_\x19\x01o\x18\x18\x99\x19\x9A\x1A\x9B\x1B\x9C\x1C\xB0\xB11\xB22\xB3`\x81\x1B`\n\x86\x06\x1A\x81S`\n\x85\x04\x94P\x84a*\xEFWP\x93\x92PPPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16_\x81\x81R`\x02\x85\x01` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x15\x15\x82\x85\x01\x90\x81R\x83Q`\x80\x81\x01\x85R\x83Q\x90\x92\x16\x82RQ\x15\x15\x81\x85\x01R\x94\x84R`\x03\x88\x01\x90\x92R\x91\x82\x90 \x80T\x91\x93\x92\x83\x01\x91a+\xB9\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta+\xE5\x90a:\x88V[\x80\x15a,0W\x80`\x1F\x10a,\x07Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a,0V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a,\x13W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81R` \x01\x85`\x04\x01_\x86c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ \x80Ta,d\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta,\x90\x90a:\x88V[\x80\x15a,\xDBW\x80`\x1F\x10a,\xB2Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a,\xDBV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a,\xBEW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81RP\x91PP\x92\x91PPV[_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x02` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x80\xACX\xCD`\xE0\x1B\x14\x80a-UWP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c[^\x13\x9F`\xE0\x1B\x14[\x80a\t\xBAWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14a\t\xBAV[a-~\x82\x82a\x11-V[a\x0E\xBAW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xE5V[__Q` a?\x93_9_Q\x90_R\x81a-\xC6\x85a,\xECV[\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15a-\xE2Wa-\xE2\x81\x85\x87a00V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a.\x1EWa-\xFD_\x86__a0\x94V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03\x83\x01` R`@\x90 \x80T_\x19\x01\x90U[`\x01`\x01`\xA0\x1B\x03\x86\x16\x15a.NW`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x83\x01` R`@\x90 \x80T`\x01\x01\x90U[_\x85\x81R`\x02\x83\x01` R`@\x80\x82 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16\x91\x82\x17\x90\x92U\x91Q\x88\x93\x91\x85\x16\x91\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x91\xA4\x95\x94PPPPPV[a.\xB8\x82a1\xA7V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a.\xFCWa\x0C\x9E\x82\x82a2\nV[a\x0E\xBAa2|V[a/\x0Ca2\x9BV[a!*W`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a/1a/\x04V[_Q` a?\x93_9_Q\x90_R\x80a/J\x84\x82a>\xCDV[P`\x01\x81\x01a\r&\x83\x82a>\xCDV[_\x80r\x18O\x03\xE9?\xF9\xF4\xDA\xA7\x97\xEDn8\xEDd\xBFj\x1F\x01`@\x1B\x83\x10a/\x97Wr\x18O\x03\xE9?\xF9\xF4\xDA\xA7\x97\xEDn8\xEDd\xBFj\x1F\x01`@\x1B\x83\x04\x92P`@\x01[m\x04\xEE-mA[\x85\xAC\xEF\x81\0\0\0\0\x83\x10a/\xC3Wm\x04\xEE-mA[\x85\xAC\xEF\x81\0\0\0\0\x83\x04\x92P` \x01[f#\x86\xF2o\xC1\0\0\x83\x10a/\xE1Wf#\x86\xF2o\xC1\0\0\x83\x04\x92P`\x10\x01[c\x05\xF5\xE1\0\x83\x10a/\xF9Wc\x05\xF5\xE1\0\x83\x04\x92P`\x08\x01[a'\x10\x83\x10a0\rWa'\x10\x83\x04\x92P`\x04\x01[`d\x83\x10a0\x1FW`d\x83\x04\x92P`\x02\x01[`\n\x83\x10a\t\xBAW`\x01\x01\x92\x91PPV[a0;\x83\x83\x83a2\xB4V[a\x0C\x9EW`\x01`\x01`\xA0\x1B\x03\x83\x16a0iW`@Qc~'2\x89`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[`@Qc\x17~\x80/`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xE5V[_Q` a?\x93_9_Q\x90_R\x81\x80a0\xB6WP`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x15[\x15a1wW_a0\xC5\x85a\x1D\xF5V[\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a0\xF1WP\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80\x15a1\x04WPa1\x02\x81\x85a\x1A\x0FV[\x15[\x15a1-W`@Qc\xA9\xFB\xF5\x1F`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[\x82\x15a1uW\x84\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x7F\x8C[\xE1\xE5\xEB\xEC}[\xD1OqB}\x1E\x84\xF3\xDD\x03\x14\xC0\xF7\xB2)\x1E[ \n\xC8\xC7\xC3\xB9%`@Q`@Q\x80\x91\x03\x90\xA4[P[_\x93\x84R`\x04\x01` RPP`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a1\xDCW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[_Q` a?\xD3_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa2&\x91\x90a?\x87V[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a2^W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a2cV[``\x91P[P\x91P\x91Pa2s\x85\x83\x83a3\x18V[\x95\x94PPPPPV[4\x15a!*W`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a2\xA4a*OV[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x80\x15\x90a\x1F]WP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a2\xEDWPa2\xED\x84\x84a\x1A\x0FV[\x80a\x1F]WP\x82`\x01`\x01`\xA0\x1B\x03\x16a3\x06\x83a\x1E,V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x94\x93PPPPV[``\x82a3-Wa3(\x82a3tV[a\x0FlV[\x81Q\x15\x80\x15a3DWP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a3mW`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[P\x80a\x0FlV[\x80Q\x15a3\x83W\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x1EoW__\xFD[_` \x82\x84\x03\x12\x15a3\xC1W__\xFD[\x815a\x0Fl\x81a3\x9CV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x0Fl` \x83\x01\x84a3\xCCV[_` \x82\x84\x03\x12\x15a4\x1CW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a49W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a4OW__\xFD[a4X\x83a4#V[\x94` \x93\x90\x93\x015\x93PPPV[__\x83`\x1F\x84\x01\x12a4vW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a4\x8CW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a4\xA3W__\xFD[\x92P\x92\x90PV[__` \x83\x85\x03\x12\x15a4\xBBW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a4\xD0W__\xFD[a4\xDC\x85\x82\x86\x01a4fV[\x90\x96\x90\x95P\x93PPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a49W__\xFD[_` \x82\x84\x03\x12\x15a5\x0BW__\xFD[a\x0Fl\x82a4\xE8V[___``\x84\x86\x03\x12\x15a5&W__\xFD[a5/\x84a4#V[\x92Pa5=` \x85\x01a4#V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__`@\x83\x85\x03\x12\x15a5_W__\xFD[\x825\x91Pa5o` \x84\x01a4#V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a5\x88W__\xFD[a\x0Fl\x82a4#V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[_\x82`\x1F\x83\x01\x12a5\xB4W__\xFD[\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a5\xCDWa5\xCDa5\x91V[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a5\xFBWa5\xFBa5\x91V[`@R\x81\x81R\x83\x82\x01` \x01\x85\x10\x15a6\x12W__\xFD[\x81` \x85\x01` \x83\x017_\x91\x81\x01` \x01\x91\x90\x91R\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a6?W__\xFD[a6H\x83a4#V[\x91P` \x83\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a6bW__\xFD[a6n\x85\x82\x86\x01a5\xA5V[\x91PP\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a6\x8AW__\xFD[a6\x93\x84a4\xE8V[\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a6\xADW__\xFD[a6\xB9\x86\x82\x87\x01a4fV[\x94\x97\x90\x96P\x93\x94PPPPV[__`@\x83\x85\x03\x12\x15a6\xD7W__\xFD[a6\xE0\x83a4\xE8V[\x91Pa5o` \x84\x01a4#V[_____``\x86\x88\x03\x12\x15a7\x02W__\xFD[a7\x0B\x86a4#V[\x94P` \x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7%W__\xFD[a71\x88\x82\x89\x01a4fV[\x90\x95P\x93PP`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7OW__\xFD[a7[\x88\x82\x89\x01a4fV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a7}W__\xFD[a7\x86\x83a4#V[\x91P` \x83\x015\x80\x15\x15\x81\x14a7\x9AW__\xFD[\x80\x91PP\x92P\x92\x90PV[____`\x80\x85\x87\x03\x12\x15a7\xB8W__\xFD[a7\xC1\x85a4#V[\x93Pa7\xCF` \x86\x01a4#V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7\xF0W__\xFD[a7\xFC\x87\x82\x88\x01a5\xA5V[\x91PP\x92\x95\x91\x94P\x92PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a8>W\x81Qc\xFF\xFF\xFF\xFF\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a8\x1AV[P\x93\x94\x93PPPPV[` \x81R_a\x0Fl` \x83\x01\x84a8\x08V[__` \x83\x85\x03\x12\x15a8kW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a8\x80W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a8\x90W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a8\xA5W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a8\xB9W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_``\x82\x01\x85\x83R\x84` \x84\x01R```@\x84\x01R\x80\x84Q\x80\x83R`\x80\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15a9\x19W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a8\xF2V[P\x90\x97\x96PPPPPPPV[`\x01\x80`\xA0\x1B\x03\x81Q\x16\x82R` \x81\x01Q\x15\x15` \x83\x01R_`@\x82\x01Q`\x80`@\x85\x01Ra9X`\x80\x85\x01\x82a3\xCCV[\x90P``\x83\x01Q\x84\x82\x03``\x86\x01Ra2s\x82\x82a3\xCCV[` \x81R_a\x0Fl` \x83\x01\x84a9&V[__`@\x83\x85\x03\x12\x15a9\x94W__\xFD[a6\xE0\x83a4#V[__`@\x83\x85\x03\x12\x15a9\xAEW__\xFD[a4X\x83a4\xE8V[`@\x81R_a9\xC9`@\x83\x01\x85a8\x08V[\x82\x81\x03` \x84\x01R\x80\x84Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x87\x01_[\x83\x81\x10\x15a:\x1EW`\x1F\x19\x86\x84\x03\x01\x85Ra:\x08\x83\x83Qa9&V[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01a9\xECV[P\x90\x98\x97PPPPPPPPV[____``\x85\x87\x03\x12\x15a:?W__\xFD[a:H\x85a4\xE8V[\x93Pa:V` \x86\x01a4#V[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:pW__\xFD[a:|\x87\x82\x88\x01a4fV[\x95\x98\x94\x97P\x95PPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a:\x9CW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a:\xBAWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a:\xE2W__\xFD[\x83\x86\x11\x15a:\xEEW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\t\xBAW_\x19` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[`\x1F\x82\x11\x15a\x0C\x9EW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a;`WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x10\xB3W_\x81U`\x01\x01a;lV[`\x01`\x01`@\x1B\x03\x83\x11\x15a;\x96Wa;\x96a5\x91V[a;\xAA\x83a;\xA4\x83Ta:\x88V[\x83a;;V[_`\x1F\x84\x11`\x01\x81\x14a;\xDBW_\x85\x15a;\xC4WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x10\xB3V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a<\nW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a;\xEAV[P\x86\x82\x10\x15a<&W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[`@\x81R_a<s`@\x83\x01\x86\x88a<8V[\x82\x81\x03` \x84\x01Ra<\x86\x81\x85\x87a<8V[\x97\x96PPPPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a \x06Wa \x06a<\x91V[_`\x01\x82\x01a<\xD5Wa<\xD5a<\x91V[P`\x01\x01\x90V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a<\xF7Wa<\xF7a<\x91V[`\x01\x01\x92\x91PPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[_a\x1F]a=%\x83\x86a=\0V[\x84a=\0V[\x80\x82\x01\x80\x82\x11\x15a\t\xBAWa\t\xBAa<\x91V[\x81\x81\x03\x81\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[_\x82a=_Wa=_a;\x18V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xBAWa\t\xBAa<\x91V[`@\x81R_a=\x8D`@\x83\x01\x86a3\xCCV[\x82\x81\x03` \x84\x01Ra=\xA0\x81\x85\x87a<8V[\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a=\xBAW__\xFD[PQ\x91\x90PV[_c\xFF\xFF\xFF\xFF\x83\x16\x80a=\xD6Wa=\xD6a;\x18V[\x80c\xFF\xFF\xFF\xFF\x84\x16\x06\x91PP\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x83\x16\x80a=\xFDWa=\xFDa;\x18V[\x80c\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_` \x82\x84\x03\x12\x15a>\x1FW__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x0FlW__\xFD[` \x81R_a\x1F]` \x83\x01\x84\x86a<8V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R\x84\x16` \x82\x01R`@\x81\x01\x83\x90R`\x80``\x82\x01\x81\x90R_\x90a=\xA0\x90\x83\x01\x84a3\xCCV[_` \x82\x84\x03\x12\x15a>\xC2W__\xFD[\x81Qa\x0Fl\x81a3\x9CV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xE6Wa>\xE6a5\x91V[a>\xFA\x81a>\xF4\x84Ta:\x88V[\x84a;;V[` `\x1F\x82\x11`\x01\x81\x14a?,W_\x83\x15a?\x15WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x10\xB3V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a?[W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a?;V[P\x84\x82\x10\x15a?xW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[_a\x0Fl\x82\x84a=\0V\xFE\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\0\xDA\xF9\xAC:c\x08\x05$(\xE8\x80o\xD9\x08\xCFG#\x18An\xD7\xD7\x8B?5\xDD\x94\xBB\xBA\xFD\xE5j6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080604052600436106102f3575f3560e01c806373506c2d11610189578063be6150a7116100d8578063e06f876f11610092578063f231af321161006d578063f231af321461093f578063f84ce8b91461095e578063faaac8461461097d578063fd667d1e1461099c575f5ffd5b8063e06f876f146108c7578063e985e9c5146108f3578063f18235ce14610912575f5ffd5b8063be6150a7146107fd578063c4d66de81461081c578063c87b56dd1461083b578063d547741f1461085a578063d59f9fe014610879578063d68379b114610899575f5ffd5b8063a042807b11610143578063a22cb4651161011e578063a22cb46514610773578063ad3cb1cc1461078d578063b88d4fde146107bd578063b978e54b146107dc575f5ffd5b8063a042807b146106e8578063a0eae81d14610741578063a217fddf14610760575f5ffd5b806373506c2d14610639578063749108821461065857806388df88681461067757806391d148541461069657806395d89b41146106b55780639af533f1146106c9575f5ffd5b80633e91adca1161024557806357d863cb116101ff57806368501a3e116101da57806368501a3e146105c85780636aaf977e146105e75780636da49b831461060657806370a082311461061a575f5ffd5b806357d863cb146105615780635f91d4061461058a5780636352211e146105a9575f5ffd5b80633e91adca146104c957806342842e0e146104dd5780634ba696d2146104fc5780634f1ef2861461051b57806352d1902d1461052e578063569c0afe14610542575f5ffd5b806323b872dd116102b05780632f2ff15d1161028b5780632f2ff15d1461044257806336568abe14610461578063380940fb1461048057806339017296146104b4575f5ffd5b806323b872dd146103e2578063248a9ca3146104015780632750c7511461042e575f5ffd5b806301ffc9a7146102f757806306fdde031461032b578063081812fc1461034c578063095ea7b3146103835780630a860b72146103a4578063146fce0a146103c3575b5f5ffd5b348015610302575f5ffd5b506103166103113660046133b1565b6109b0565b60405190151581526020015b60405180910390f35b348015610336575f5ffd5b5061033f6109c0565b60405161032291906133fa565b348015610357575f5ffd5b5061036b61036636600461340c565b610a61565b6040516001600160a01b039091168152602001610322565b34801561038e575f5ffd5b506103a261039d36600461343e565b610a75565b005b3480156103af575f5ffd5b5061036b6103be3660046134aa565b610a8e565b3480156103ce575f5ffd5b506103a26103dd3660046134fb565b610bd3565b3480156103ed575f5ffd5b506103a26103fc366004613514565b610ca3565b34801561040c575f5ffd5b5061042061041b36600461340c565b610d2c565b604051908152602001610322565b348015610439575f5ffd5b5061036b610d4c565b34801561044d575f5ffd5b506103a261045c36600461354e565b610d67565b34801561046c575f5ffd5b506103a261047b36600461354e565b610d83565b34801561048b575f5ffd5b5061049f61049a366004613578565b610db6565b60405163ffffffff9091168152602001610322565b3480156104bf575f5ffd5b5061042061020081565b3480156104d4575f5ffd5b5061036b610de6565b3480156104e8575f5ffd5b506103a26104f7366004613514565b610e01565b348015610507575f5ffd5b506103a2610516366004613578565b610e1b565b6103a261052936600461362e565b610e9f565b348015610539575f5ffd5b50610420610ebe565b34801561054d575f5ffd5b5061042061055c366004613578565b610ed9565b34801561056c575f5ffd5b50610575610f03565b60408051928352602083019190915201610322565b348015610595575f5ffd5b506103166105a43660046134fb565b610f2c565b3480156105b4575f5ffd5b5061036b6105c336600461340c565b610f73565b3480156105d3575f5ffd5b5061036b6105e23660046134fb565b610f7d565b3480156105f2575f5ffd5b506103a26106013660046134fb565b610fb9565b348015610611575f5ffd5b5061049f61100e565b348015610625575f5ffd5b50610420610634366004613578565b611023565b348015610644575f5ffd5b506103a2610653366004613678565b61107b565b348015610663575f5ffd5b506103a26106723660046136c6565b6110ba565b348015610682575f5ffd5b506103166106913660046136c6565b6110e3565b3480156106a1575f5ffd5b506103166106b036600461354e565b61112d565b3480156106c0575f5ffd5b5061033f611163565b3480156106d4575f5ffd5b5061049f6106e3366004613578565b6111a1565b3480156106f3575f5ffd5b50610707610702366004613578565b6111d1565b60408051825163ffffffff1681526020808401516001600160a01b031690820152918101516001600160401b031690820152606001610322565b34801561074c575f5ffd5b5061049f61075b3660046136ee565b611252565b34801561076b575f5ffd5b506104205f81565b34801561077e575f5ffd5b506103a261039d36600461376c565b348015610798575f5ffd5b5061033f604051806040016040528060058152602001640352e302e360dc1b81525081565b3480156107c8575f5ffd5b506103a26107d73660046137a5565b6114db565b3480156107e7575f5ffd5b506107f06114f3565b6040516103229190613848565b348015610808575f5ffd5b506103a2610817366004613578565b6115f9565b348015610827575f5ffd5b506103a2610836366004613578565b61167d565b348015610846575f5ffd5b5061033f61085536600461340c565b611811565b348015610865575f5ffd5b506103a261087436600461354e565b611881565b348015610884575f5ffd5b506104205f516020613fb35f395f51905f5281565b3480156108a4575f5ffd5b506108b86108b336600461385a565b61189d565b604051610322939291906138c9565b3480156108d2575f5ffd5b506108e66108e13660046134fb565b6119ce565b6040516103229190613971565b3480156108fe575f5ffd5b5061031661090d366004613983565b611a0f565b34801561091d575f5ffd5b5061093161092c36600461399d565b611a5b565b6040516103229291906139b7565b34801561094a575f5ffd5b506103166109593660046134fb565b611c16565b348015610969575f5ffd5b506103a2610978366004613678565b611c28565b348015610988575f5ffd5b506103a2610997366004613a2c565b611d98565b3480156109a7575f5ffd5b5061049f606481565b5f6109ba82611dd1565b92915050565b5f516020613f935f395f51905f5280546060919081906109df90613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054610a0b90613a88565b8015610a565780601f10610a2d57610100808354040283529160200191610a56565b820191905f5260205f20905b815481529060010190602001808311610a3957829003601f168201915b505050505091505090565b5f610a6b82611df5565b506109ba82611e2c565b604051638cd22d1960e01b815260040160405180910390fd5b5f604182141580610ac8575082825f818110610aac57610aac613ac0565b9050013560f81c60f81b6001600160f81b031916600460f81b14155b15610aee57604051633803c00f60e11b8152600481018390526024015b60405180910390fd5b5f610afd602160018587613ad4565b610b0691613afb565b90505f610b17604160218688613ad4565b610b2091613afb565b90506401000003d0198083101580610b385750808210155b80610b8457508080610b4c57610b4c613b18565b60078280610b5c57610b5c613b18565b858480610b6b57610b6b613b18565b87880909088180610b7e57610b7e613b18565b83840914155b15610ba557604051633803c00f60e11b815260048101869052602401610ae5565b610bb28560018189613ad4565b604051610bc0929190613b2c565b6040519081900390209695505050505050565b5f516020613fb35f395f51905f52610bea81611e65565b610bf5826001611e72565b60405163ffffffff8316907fc4cc1e45ecbaa28b36abc2521426e0b2776e84f8913f6cd15f2440b6744092ea905f90a25f610c2e611f05565b600701546001600160a01b031690508015610c9e57604051631c1c21e360e11b815263ffffffff841660048201526001600160a01b0382169063383843c6906024015f604051808303815f87803b158015610c87575f5ffd5b505af1158015610c99573d5f5f3e3d5ffd5b505050505b505050565b6001600160a01b038216610ccc57604051633250574960e11b81525f6004820152602401610ae5565b5f610cd8838333611f29565b9050836001600160a01b0316816001600160a01b031614610d26576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610ae5565b50505050565b5f9081525f516020613ff35f395f51905f52602052604090206001015490565b5f610d55611f05565b600a01546001600160a01b0316919050565b610d7082610d2c565b610d7981611e65565b610d268383611f65565b6001600160a01b0381163314610dac5760405163334bd91960e11b815260040160405180910390fd5b610c9e828261200d565b5f610dbf611f05565b6001600160a01b039092165f90815260059290920160205250604090205463ffffffff1690565b5f610def611f05565b600701546001600160a01b0316919050565b610c9e83838360405180602001604052805f8152506114db565b5f610e2581611e65565b5f610e2e611f05565b600a810154604080516001600160a01b03928316815291861660208301529192507f35d8de039e93812ac82d17367b21d5499486c099046b3b8a8b564266567368a1910160405180910390a1600a0180546001600160a01b0319166001600160a01b03939093169290921790915550565b610ea7612086565b610eb08261212c565b610eba8282612136565b5050565b5f610ec76121f2565b505f516020613fd35f395f51905f5290565b5f610ee2611f05565b6001600160a01b039092165f90815260099290920160205250604090205490565b5f5f5f610f0e611f05565b600181015490549094600160201b90910463ffffffff169350915050565b5f5f610f36611f05565b9050610f42818461223b565b8015610f6c575063ffffffff83165f908152600282016020526040902054600160a01b900460ff16155b9392505050565b5f6109ba82611df5565b5f5f610f87611f05565b9050610f938184612288565b63ffffffff9092165f90815260029092016020525060409020546001600160a01b031690565b5f516020613fb35f395f51905f52610fd081611e65565b610fda825f611e72565b60405163ffffffff8316907f0f32aa6c2aea35cf24ab5543678a5247f84a9b81dd0b38b92ea874752481090c905f90a25050565b5f611017611f05565b5463ffffffff16919050565b5f5f516020613f935f395f51905f526001600160a01b03831661105b576040516322718ad960e21b81525f6004820152602401610ae5565b6001600160a01b039092165f908152600390920160205250604090205490565b5f516020613fb35f395f51905f5261109281611e65565b5f61109b611f05565b90506110a78186612288565b6110b3818686866122b7565b5050505050565b5f516020613fb35f395f51905f526110d181611e65565b610c9e6110dc611f05565b8484612556565b5f63ffffffff831615801590610f6c57508263ffffffff16611103611f05565b6001600160a01b0384165f908152600691909101602052604090205463ffffffff16149392505050565b5f9182525f516020613ff35f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f516020613f935f395f51905f52916109df90613a88565b5f6111aa611f05565b6001600160a01b039092165f90815260069290920160205250604090205463ffffffff1690565b604080516060810182525f80825260208201819052918101919091526111f5611f05565b6001600160a01b039283165f90815260089190910160209081526040918290208251606081018452905463ffffffff81168252600160201b810490951691810191909152600160c01b9093046001600160401b0316908301525090565b5f5f516020613fb35f395f51905f5261126a81611e65565b6001600160a01b03871661129c5760405163b20f76e360e01b81526001600160a01b0388166004820152602401610ae5565b5f6112a5611f05565b6001600160a01b0389165f90815260058201602052604090205490915063ffffffff1680156112fe57604051635374515760e11b81526001600160a01b038a16600482015263ffffffff82166024820152604401610ae5565b6113088686612677565b5f611314838a8a6126a7565b905061131f83612715565b6001600160a01b0382165f9081526006850160205260409020805463ffffffff191663ffffffff83161790559450611357858b61278f565b6001600160a01b038083165f81815260088701602090815260408083208651815488850151988401516001600160401b0316600160c01b026001600160c01b03998916600160201b026001600160c01b031990921663ffffffff93841617919091179890981697909717905580518082018252938452838201838152958b1683526002890182528083209351845496511515600160a01b026001600160a81b03199097169516949094179490941790915560038601909252902061141c898b83613b7f565b5063ffffffff85165f908152600484016020526040902061143e878983613b7f565b506001600160a01b038a81165f81815260058601602052604090819020805463ffffffff191663ffffffff8a169081179091559051928416927f9b385c30e390e1e15ab8a2e34c4caa40b3c59882c17185fcbc3f87b2bf6658a4906114aa908e908e908e908e90613c60565b60405180910390a46114c28a8663ffffffff166127e1565b6114ce83866001612842565b5050505095945050505050565b6114e6848484610ca3565b610d263385858585612930565b60605f6114fe611f05565b8054909150600160201b900463ffffffff166001600160401b0381111561152757611527613591565b604051908082528060200260200182016040528015611550578160200160208202803683370190505b5081549092505f9063ffffffff1660015b8163ffffffff168163ffffffff16116115f2575f611580606483613ca5565b63ffffffff81165f908152600287016020526040902054909150600160a01b900460ff166115e1578086856115b481613cc4565b9650815181106115c6576115c6613ac0565b602002602001019063ffffffff16908163ffffffff16815250505b506115eb81613cdc565b9050611561565b5050505090565b5f61160381611e65565b5f61160c611f05565b6007810154604080516001600160a01b03928316815291861660208301529192507fa16cce0b501ffb08da07be7ca8807c14112fd99a363b7901bfb9544b1ef3b3d8910160405180910390a160070180546001600160a01b0319166001600160a01b03939093169290921790915550565b5f611686612a4f565b805490915060ff600160401b82041615906001600160401b03165f811580156116ac5750825b90505f826001600160401b031660011480156116c75750303b155b9050811580156116d5575080155b156116f35760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561171d57845460ff60401b1916600160401b1785555b6001600160a01b0386166117445760405163d92e233d60e01b815260040160405180910390fd5b611798604051806040016040528060128152602001712c26aa28102737b2329027b832b930ba37b960711b81525060405180604001604052806008815260200167584d54504e4f444560c01b815250612a77565b6117a0612a89565b6117aa5f87611f65565b506117c25f516020613fb35f395f51905f5287611f65565b50831561180957845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b606061181c82611df5565b505f61183260408051602081019091525f815290565b90505f8151116118505760405180602001604052805f815250610f6c565b8061185a84612a91565b60405160200161186b929190613d17565b6040516020818303038152906040529392505050565b61188a82610d2c565b61189381611e65565b610d26838361200d565b5f5f60605f6118aa611f05565b9050846001600160401b038111156118c4576118c4613591565b6040519080825280602002602001820160405280156118ed578160200160208202803683370190505b5091505f5b858110156119ac575f826002015f89898581811061191257611912613ac0565b905060200201602081019061192791906134fb565b63ffffffff16815260208082019290925260409081015f208151808301909252546001600160a01b0381168252600160a01b900460ff16151591810182905291506119a357805f015184838151811061198257611982613ac0565b60200260200101906001600160a01b031690816001600160a01b0316815250505b506001016118f2565b506001810154905490935063ffffffff600160201b9091041691509250925092565b604080516080810182525f80825260208201526060918101829052818101919091525f6119f9611f05565b9050611a058184612288565b610f6c8184612b20565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b6060805f611a67611f05565b90505f60646001611a7e8263ffffffff8a16613d2b565b611a889190613d3e565b611a929190613d51565b9050805f03611a9f575060015b815463ffffffff165f818311611ac957611ab98383613d3e565b611ac4906001613d2b565b611acb565b5f5b905086811115611ad85750855b806001600160401b03811115611af057611af0613591565b604051908082528060200260200182016040528015611b19578160200160208202803683370190505b509550806001600160401b03811115611b3457611b34613591565b604051908082528060200260200182016040528015611b8757816020015b604080516080810182525f8082526020820152606091810182905281810191909152815260200190600190039081611b525790505b5094505f5b81811015611c0a575f6064611ba18387613d2b565b611bab9190613d64565b905080888381518110611bc057611bc0613ac0565b602002602001019063ffffffff16908163ffffffff1681525050611be48682612b20565b878381518110611bf657611bf6613ac0565b602090810291909101015250600101611b8c565b50505050509250929050565b5f6109ba611c22611f05565b8361223b565b5f611c31611f05565b9050611c3d8185612288565b33611c4d63ffffffff8616612cec565b6001600160a01b031614611c82576040516369edaef760e01b815263ffffffff85166004820152336024820152604401610ae5565b611c8c8383612677565b63ffffffff84165f90815260048201602052604081208054611cad90613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054611cd990613a88565b8015611d245780601f10611cfb57610100808354040283529160200191611d24565b820191905f5260205f20905b815481529060010190602001808311611d0757829003601f168201915b5050505063ffffffff87165f9081526004850160205260409020919250611d4e9050848683613b7f565b508463ffffffff167f022e316814a8b9c12e4a7f7bb49deb1396c52a34cd00e255c80a7a2b66ec6a69828686604051611d8993929190613d7b565b60405180910390a25050505050565b5f516020613fb35f395f51905f52611daf81611e65565b5f611db8611f05565b9050611dc5818787612556565b611809818786866122b7565b5f6001600160e01b03198216637965db0b60e01b14806109ba57506109ba82612d25565b5f5f611e0083612cec565b90506001600160a01b0381166109ba57604051637e27328960e01b815260048101849052602401610ae5565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b611e6f8133612d74565b50565b5f611e7b611f05565b9050611e878184612288565b63ffffffff83165f90815260028201602052604090208054831515600160a01b90910460ff16151503611edd57604051630a300eaf60e21b815263ffffffff851660048201528315156024820152604401610ae5565b805483158015600160a01b0260ff60a01b19909216919091178255610d269083908690612842565b7f1120e5752e7a00fc9e43e42f198627abe3486c5ff40dda482d053108d5135f0090565b5f6001600160a01b03821615611f5257604051638cd22d1960e01b815260040160405180910390fd5b611f5d848484612dad565b949350505050565b5f5f516020613ff35f395f51905f52611f7e848461112d565b611ffd575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611fb33390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506109ba565b5f9150506109ba565b5092915050565b5f5f516020613ff35f395f51905f52612026848461112d565b15611ffd575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506109ba565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061210c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166121005f516020613fd35f395f51905f52546001600160a01b031690565b6001600160a01b031614155b1561212a5760405163703e46dd60e11b815260040160405180910390fd5b565b5f610eba81611e65565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612190575060408051601f3d908101601f1916820190925261218d91810190613daa565b60015b6121b857604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610ae5565b5f516020613fd35f395f51905f5281146121e857604051632a87526960e21b815260048101829052602401610ae5565b610c9e8383612eaf565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461212a5760405163703e46dd60e11b815260040160405180910390fd5b5f63ffffffff82161580159061225f5750612257606483613dc1565b63ffffffff16155b8015610f6c5750825463ffffffff16612279606484613de8565b63ffffffff1611159392505050565b612292828261223b565b610eba576040516349534fc760e01b815263ffffffff82166004820152602401610ae5565b5f6122c38584846126a7565b63ffffffff85165f908152600287016020526040812054600a8801549293506001600160a01b0390811692169081156123675760405163a699f9ed60e01b815263ffffffff881660048201526001600160a01b0383169063a699f9ed90602401602060405180830381865afa15801561233e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123629190613e0f565b612369565b5f5b6001600160a01b038085165f81815260088c016020908152604080832080546001600160401b038816600160c01b026001600160c01b0390911617815560098f01909252918290204290558054915194955093600160201b9091049092169163ffffffff8b16907f680fe6984b108c577a4d53b07f9af75ed4c86041b45514788f7afa2144b8e2209061240c9087906001600160401b0391909116815260200190565b60405180910390a46001600160a01b0385165f90815260068a0160205260409020805463ffffffff191663ffffffff8a1690811790915561245790899061245290612cec565b61278f565b6001600160a01b038087165f81815260088d01602090815260408083208651815488850151988401516001600160401b0316600160c01b026001600160c01b0399909816600160201b026001600160c01b031990911663ffffffff92831617179790971695909517909455938c16815260028d01845282812080546001600160a01b03191690921790915560038c0190925290206124f6878983613b7f565b50846001600160a01b0316846001600160a01b03168963ffffffff167fcb0ab0931dd668b5c8a45e4a0163706fc277080b70fb586d3433903b55eeb8278a8a604051612543929190613e35565b60405180910390a4505050505050505050565b6001600160a01b0381166125885760405163b20f76e360e01b81526001600160a01b0382166004820152602401610ae5565b6125928383612288565b6001600160a01b0381165f90815260058401602052604090205463ffffffff1680156125e857604051635374515760e11b81526001600160a01b038316600482015263ffffffff82166024820152604401610ae5565b5f6125f88463ffffffff16612cec565b6001600160a01b038082165f818152600589016020526040808220805463ffffffff19908116909155938816808352818320805463ffffffff8c169616861790559051949550939192917f8963d5ac08e58384e30b21ae20600a53d46ca68e214ee29db591cc6a402f3efb9190a4611809838563ffffffff165f611f29565b80801580612686575061020081115b15610c9e57604051630a925d0960e31b815260048101829052602401610ae5565b5f5f6126b38484610a8e565b6001600160a01b0381165f90815260068701602052604090205490915063ffffffff16801561270c576040516381bd322960e01b81526001600160a01b038316600482015263ffffffff82166024820152604401610ae5565b50949350505050565b80545f9063ffffffff90811690606461272f836001613d2b565b6127399190613d64565b11156127585760405163012afa4160e71b815260040160405180910390fd5b612763816001613e48565b835463ffffffff191663ffffffff919091161783556064612785826001613e48565b610f6c9190613ca5565b604080516060810182525f8082526020820181905291810191909152506040805160608101825263ffffffff9390931683526001600160a01b039190911660208301526001600160401b039082015290565b6001600160a01b03821661280a57604051633250574960e11b81525f6004820152602401610ae5565b5f61281683835f611f29565b90506001600160a01b03811615610c9e576040516339e3563760e11b81525f6004820152602401610ae5565b600183015460408051602081019290925263ffffffff84169082015281151560608201525f906080016040516020818303038152906040528051906020012090505f826128a95784546128a490600190600160201b900463ffffffff16613e64565b6128c3565b84546128c390600160201b900463ffffffff166001613e48565b60018601839055855467ffffffff000000001916600160201b63ffffffff83169081029190911787556040805185815260208101929092529192507f5fda593ef015b1584db4b4a668a63f7a3a6325d76ef95eb7b404842af52c47e9910160405180910390a15050505050565b6001600160a01b0383163b156110b357604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290612972908890889087908790600401613e80565b6020604051808303815f875af19250505080156129ac575060408051601f3d908101601f191682019092526129a991810190613eb2565b60015b612a13573d8080156129d9576040519150601f19603f3d011682016040523d82523d5f602084013e6129de565b606091505b5080515f03612a0b57604051633250574960e11b81526001600160a01b0385166004820152602401610ae5565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461180957604051633250574960e11b81526001600160a01b0385166004820152602401610ae5565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006109ba565b612a7f612f04565b610eba8282612f29565b61212a612f04565b60605f612a9d83612f59565b60010190505f816001600160401b03811115612abb57612abb613591565b6040519080825280601f01601f191660200182016040528015612ae5576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084612aef57509392505050565b604080516080810182525f808252602082015260609181018290528181019190915263ffffffff82165f81815260028501602090815260408083208151808301835290546001600160a01b038082168352600160a01b90910460ff1615158285019081528351608081018552835190921682525115158185015294845260038801909252918290208054919392830191612bb990613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054612be590613a88565b8015612c305780601f10612c0757610100808354040283529160200191612c30565b820191905f5260205f20905b815481529060010190602001808311612c1357829003601f168201915b50505050508152602001856004015f8663ffffffff1663ffffffff1681526020019081526020015f208054612c6490613a88565b80601f0160208091040260200160405190810160405280929190818152602001828054612c9090613a88565b8015612cdb5780601f10612cb257610100808354040283529160200191612cdb565b820191905f5260205f20905b815481529060010190602001808311612cbe57829003601f168201915b505050505081525091505092915050565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f6001600160e01b031982166380ac58cd60e01b1480612d5557506001600160e01b03198216635b5e139f60e01b145b806109ba57506301ffc9a760e01b6001600160e01b03198316146109ba565b612d7e828261112d565b610eba5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ae5565b5f5f516020613f935f395f51905f5281612dc685612cec565b90506001600160a01b03841615612de257612de2818587613030565b6001600160a01b03811615612e1e57612dfd5f865f5f613094565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b03861615612e4e576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b612eb8826131a7565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115612efc57610c9e828261320a565b610eba61327c565b612f0c61329b565b61212a57604051631afcd79f60e31b815260040160405180910390fd5b612f31612f04565b5f516020613f935f395f51905f5280612f4a8482613ecd565b5060018101610d268382613ecd565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310612f975772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310612fc3576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310612fe157662386f26fc10000830492506010015b6305f5e1008310612ff9576305f5e100830492506008015b612710831061300d57612710830492506004015b6064831061301f576064830492506002015b600a83106109ba5760010192915050565b61303b8383836132b4565b610c9e576001600160a01b03831661306957604051637e27328960e01b815260048101829052602401610ae5565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610ae5565b5f516020613f935f395f51905f5281806130b657506001600160a01b03831615155b15613177575f6130c585611df5565b90506001600160a01b038416158015906130f15750836001600160a01b0316816001600160a01b031614155b801561310457506131028185611a0f565b155b1561312d5760405163a9fbf51f60e01b81526001600160a01b0385166004820152602401610ae5565b82156131755784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b806001600160a01b03163b5f036131dc57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610ae5565b5f516020613fd35f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516132269190613f87565b5f60405180830381855af49150503d805f811461325e576040519150601f19603f3d011682016040523d82523d5f602084013e613263565b606091505b5091509150613273858383613318565b95945050505050565b341561212a5760405163b398979f60e01b815260040160405180910390fd5b5f6132a4612a4f565b54600160401b900460ff16919050565b5f6001600160a01b03831615801590611f5d5750826001600160a01b0316846001600160a01b031614806132ed57506132ed8484611a0f565b80611f5d5750826001600160a01b031661330683611e2c565b6001600160a01b031614949350505050565b60608261332d5761332882613374565b610f6c565b815115801561334457506001600160a01b0384163b155b1561336d57604051639996b31560e01b81526001600160a01b0385166004820152602401610ae5565b5080610f6c565b80511561338357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b6001600160e01b031981168114611e6f575f5ffd5b5f602082840312156133c1575f5ffd5b8135610f6c8161339c565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f6c60208301846133cc565b5f6020828403121561341c575f5ffd5b5035919050565b80356001600160a01b0381168114613439575f5ffd5b919050565b5f5f6040838503121561344f575f5ffd5b61345883613423565b946020939093013593505050565b5f5f83601f840112613476575f5ffd5b5081356001600160401b0381111561348c575f5ffd5b6020830191508360208285010111156134a3575f5ffd5b9250929050565b5f5f602083850312156134bb575f5ffd5b82356001600160401b038111156134d0575f5ffd5b6134dc85828601613466565b90969095509350505050565b803563ffffffff81168114613439575f5ffd5b5f6020828403121561350b575f5ffd5b610f6c826134e8565b5f5f5f60608486031215613526575f5ffd5b61352f84613423565b925061353d60208501613423565b929592945050506040919091013590565b5f5f6040838503121561355f575f5ffd5b8235915061356f60208401613423565b90509250929050565b5f60208284031215613588575f5ffd5b610f6c82613423565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126135b4575f5ffd5b81356001600160401b038111156135cd576135cd613591565b604051601f8201601f19908116603f011681016001600160401b03811182821017156135fb576135fb613591565b604052818152838201602001851015613612575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f6040838503121561363f575f5ffd5b61364883613423565b915060208301356001600160401b03811115613662575f5ffd5b61366e858286016135a5565b9150509250929050565b5f5f5f6040848603121561368a575f5ffd5b613693846134e8565b925060208401356001600160401b038111156136ad575f5ffd5b6136b986828701613466565b9497909650939450505050565b5f5f604083850312156136d7575f5ffd5b6136e0836134e8565b915061356f60208401613423565b5f5f5f5f5f60608688031215613702575f5ffd5b61370b86613423565b945060208601356001600160401b03811115613725575f5ffd5b61373188828901613466565b90955093505060408601356001600160401b0381111561374f575f5ffd5b61375b88828901613466565b969995985093965092949392505050565b5f5f6040838503121561377d575f5ffd5b61378683613423565b91506020830135801515811461379a575f5ffd5b809150509250929050565b5f5f5f5f608085870312156137b8575f5ffd5b6137c185613423565b93506137cf60208601613423565b92506040850135915060608501356001600160401b038111156137f0575f5ffd5b6137fc878288016135a5565b91505092959194509250565b5f8151808452602084019350602083015f5b8281101561383e57815163ffffffff1686526020958601959091019060010161381a565b5093949350505050565b602081525f610f6c6020830184613808565b5f5f6020838503121561386b575f5ffd5b82356001600160401b03811115613880575f5ffd5b8301601f81018513613890575f5ffd5b80356001600160401b038111156138a5575f5ffd5b8560208260051b84010111156138b9575f5ffd5b6020919091019590945092505050565b5f60608201858352846020840152606060408401528084518083526080850191506020860192505f5b818110156139195783516001600160a01b03168352602093840193909201916001016138f2565b5090979650505050505050565b60018060a01b0381511682526020810151151560208301525f60408201516080604085015261395860808501826133cc565b90506060830151848203606086015261327382826133cc565b602081525f610f6c6020830184613926565b5f5f60408385031215613994575f5ffd5b6136e083613423565b5f5f604083850312156139ae575f5ffd5b613458836134e8565b604081525f6139c96040830185613808565b828103602084015280845180835260208301915060208160051b840101602087015f5b83811015613a1e57601f19868403018552613a08838351613926565b60209586019590935091909101906001016139ec565b509098975050505050505050565b5f5f5f5f60608587031215613a3f575f5ffd5b613a48856134e8565b9350613a5660208601613423565b925060408501356001600160401b03811115613a70575f5ffd5b613a7c87828801613466565b95989497509550505050565b600181811c90821680613a9c57607f821691505b602082108103613aba57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115613ae2575f5ffd5b83861115613aee575f5ffd5b5050820193919092039150565b803560208310156109ba575f19602084900360031b1b1692915050565b634e487b7160e01b5f52601260045260245ffd5b818382375f9101908152919050565b601f821115610c9e57805f5260205f20601f840160051c81016020851015613b605750805b601f840160051c820191505b818110156110b3575f8155600101613b6c565b6001600160401b03831115613b9657613b96613591565b613baa83613ba48354613a88565b83613b3b565b5f601f841160018114613bdb575f8515613bc45750838201355b5f19600387901b1c1916600186901b1783556110b3565b5f83815260208120601f198716915b82811015613c0a5786850135825560209485019460019092019101613bea565b5086821015613c26575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613c73604083018688613c38565b8281036020840152613c86818587613c38565b979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff818116838216029081169081811461200657612006613c91565b5f60018201613cd557613cd5613c91565b5060010190565b5f63ffffffff821663ffffffff8103613cf757613cf7613c91565b60010192915050565b5f81518060208401855e5f93019283525090919050565b5f611f5d613d258386613d00565b84613d00565b808201808211156109ba576109ba613c91565b818103818111156109ba576109ba613c91565b5f82613d5f57613d5f613b18565b500490565b80820281158282048414176109ba576109ba613c91565b604081525f613d8d60408301866133cc565b8281036020840152613da0818587613c38565b9695505050505050565b5f60208284031215613dba575f5ffd5b5051919050565b5f63ffffffff831680613dd657613dd6613b18565b8063ffffffff84160691505092915050565b5f63ffffffff831680613dfd57613dfd613b18565b8063ffffffff84160491505092915050565b5f60208284031215613e1f575f5ffd5b81516001600160401b0381168114610f6c575f5ffd5b602081525f611f5d602083018486613c38565b63ffffffff81811683821601908111156109ba576109ba613c91565b63ffffffff82811682821603908111156109ba576109ba613c91565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90613da0908301846133cc565b5f60208284031215613ec2575f5ffd5b8151610f6c8161339c565b81516001600160401b03811115613ee657613ee6613591565b613efa81613ef48454613a88565b84613b3b565b6020601f821160018114613f2c575f8315613f155750848201515b5f19600385901b1c1916600184901b1784556110b3565b5f84815260208120601f198516915b82811015613f5b5787850151825560209485019460019092019101613f3b565b5084821015613f7857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f610f6c8284613d0056fe80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300daf9ac3a6308052428e8806fd908cf472318416ed7d78b3f35dd94bbbafde56a360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02\xF3W_5`\xE0\x1C\x80csPl-\x11a\x01\x89W\x80c\xBEaP\xA7\x11a\0\xD8W\x80c\xE0o\x87o\x11a\0\x92W\x80c\xF21\xAF2\x11a\0mW\x80c\xF21\xAF2\x14a\t?W\x80c\xF8L\xE8\xB9\x14a\t^W\x80c\xFA\xAA\xC8F\x14a\t}W\x80c\xFDf}\x1E\x14a\t\x9CW__\xFD[\x80c\xE0o\x87o\x14a\x08\xC7W\x80c\xE9\x85\xE9\xC5\x14a\x08\xF3W\x80c\xF1\x825\xCE\x14a\t\x12W__\xFD[\x80c\xBEaP\xA7\x14a\x07\xFDW\x80c\xC4\xD6m\xE8\x14a\x08\x1CW\x80c\xC8{V\xDD\x14a\x08;W\x80c\xD5Gt\x1F\x14a\x08ZW\x80c\xD5\x9F\x9F\xE0\x14a\x08yW\x80c\xD6\x83y\xB1\x14a\x08\x99W__\xFD[\x80c\xA0B\x80{\x11a\x01CW\x80c\xA2,\xB4e\x11a\x01\x1EW\x80c\xA2,\xB4e\x14a\x07sW\x80c\xAD<\xB1\xCC\x14a\x07\x8DW\x80c\xB8\x8DO\xDE\x14a\x07\xBDW\x80c\xB9x\xE5K\x14a\x07\xDCW__\xFD[\x80c\xA0B\x80{\x14a\x06\xE8W\x80c\xA0\xEA\xE8\x1D\x14a\x07AW\x80c\xA2\x17\xFD\xDF\x14a\x07`W__\xFD[\x80csPl-\x14a\x069W\x80ct\x91\x08\x82\x14a\x06XW\x80c\x88\xDF\x88h\x14a\x06wW\x80c\x91\xD1HT\x14a\x06\x96W\x80c\x95\xD8\x9BA\x14a\x06\xB5W\x80c\x9A\xF53\xF1\x14a\x06\xC9W__\xFD[\x80c>\x91\xAD\xCA\x11a\x02EW\x80cW\xD8c\xCB\x11a\x01\xFFW\x80chP\x1A>\x11a\x01\xDAW\x80chP\x1A>\x14a\x05\xC8W\x80cj\xAF\x97~\x14a\x05\xE7W\x80cm\xA4\x9B\x83\x14a\x06\x06W\x80cp\xA0\x821\x14a\x06\x1AW__\xFD[\x80cW\xD8c\xCB\x14a\x05aW\x80c_\x91\xD4\x06\x14a\x05\x8AW\x80ccR!\x1E\x14a\x05\xA9W__\xFD[\x80c>\x91\xAD\xCA\x14a\x04\xC9W\x80cB\x84.\x0E\x14a\x04\xDDW\x80cK\xA6\x96\xD2\x14a\x04\xFCW\x80cO\x1E\xF2\x86\x14a\x05\x1BW\x80cR\xD1\x90-\x14a\x05.W\x80cV\x9C\n\xFE\x14a\x05BW__\xFD[\x80c#\xB8r\xDD\x11a\x02\xB0W\x80c//\xF1]\x11a\x02\x8BW\x80c//\xF1]\x14a\x04BW\x80c6V\x8A\xBE\x14a\x04aW\x80c8\t@\xFB\x14a\x04\x80W\x80c9\x01r\x96\x14a\x04\xB4W__\xFD[\x80c#\xB8r\xDD\x14a\x03\xE2W\x80c$\x8A\x9C\xA3\x14a\x04\x01W\x80c'P\xC7Q\x14a\x04.W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\xF7W\x80c\x06\xFD\xDE\x03\x14a\x03+W\x80c\x08\x18\x12\xFC\x14a\x03LW\x80c\t^\xA7\xB3\x14a\x03\x83W\x80c\n\x86\x0Br\x14a\x03\xA4W\x80c\x14o\xCE\n\x14a\x03\xC3W[__\xFD[4\x80\x15a\x03\x02W__\xFD[Pa\x03\x16a\x03\x116`\x04a3\xB1V[a\t\xB0V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x036W__\xFD[Pa\x03?a\t\xC0V[`@Qa\x03\"\x91\x90a3\xFAV[4\x80\x15a\x03WW__\xFD[Pa\x03ka\x03f6`\x04a4\x0CV[a\naV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x03\"V[4\x80\x15a\x03\x8EW__\xFD[Pa\x03\xA2a\x03\x9D6`\x04a4>V[a\nuV[\0[4\x80\x15a\x03\xAFW__\xFD[Pa\x03ka\x03\xBE6`\x04a4\xAAV[a\n\x8EV[4\x80\x15a\x03\xCEW__\xFD[Pa\x03\xA2a\x03\xDD6`\x04a4\xFBV[a\x0B\xD3V[4\x80\x15a\x03\xEDW__\xFD[Pa\x03\xA2a\x03\xFC6`\x04a5\x14V[a\x0C\xA3V[4\x80\x15a\x04\x0CW__\xFD[Pa\x04 a\x04\x1B6`\x04a4\x0CV[a\r,V[`@Q\x90\x81R` \x01a\x03\"V[4\x80\x15a\x049W__\xFD[Pa\x03ka\rLV[4\x80\x15a\x04MW__\xFD[Pa\x03\xA2a\x04\\6`\x04a5NV[a\rgV[4\x80\x15a\x04lW__\xFD[Pa\x03\xA2a\x04{6`\x04a5NV[a\r\x83V[4\x80\x15a\x04\x8BW__\xFD[Pa\x04\x9Fa\x04\x9A6`\x04a5xV[a\r\xB6V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x03\"V[4\x80\x15a\x04\xBFW__\xFD[Pa\x04 a\x02\0\x81V[4\x80\x15a\x04\xD4W__\xFD[Pa\x03ka\r\xE6V[4\x80\x15a\x04\xE8W__\xFD[Pa\x03\xA2a\x04\xF76`\x04a5\x14V[a\x0E\x01V[4\x80\x15a\x05\x07W__\xFD[Pa\x03\xA2a\x05\x166`\x04a5xV[a\x0E\x1BV[a\x03\xA2a\x05)6`\x04a6.V[a\x0E\x9FV[4\x80\x15a\x059W__\xFD[Pa\x04 a\x0E\xBEV[4\x80\x15a\x05MW__\xFD[Pa\x04 a\x05\\6`\x04a5xV[a\x0E\xD9V[4\x80\x15a\x05lW__\xFD[Pa\x05ua\x0F\x03V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x03\"V[4\x80\x15a\x05\x95W__\xFD[Pa\x03\x16a\x05\xA46`\x04a4\xFBV[a\x0F,V[4\x80\x15a\x05\xB4W__\xFD[Pa\x03ka\x05\xC36`\x04a4\x0CV[a\x0FsV[4\x80\x15a\x05\xD3W__\xFD[Pa\x03ka\x05\xE26`\x04a4\xFBV[a\x0F}V[4\x80\x15a\x05\xF2W__\xFD[Pa\x03\xA2a\x06\x016`\x04a4\xFBV[a\x0F\xB9V[4\x80\x15a\x06\x11W__\xFD[Pa\x04\x9Fa\x10\x0EV[4\x80\x15a\x06%W__\xFD[Pa\x04 a\x0646`\x04a5xV[a\x10#V[4\x80\x15a\x06DW__\xFD[Pa\x03\xA2a\x06S6`\x04a6xV[a\x10{V[4\x80\x15a\x06cW__\xFD[Pa\x03\xA2a\x06r6`\x04a6\xC6V[a\x10\xBAV[4\x80\x15a\x06\x82W__\xFD[Pa\x03\x16a\x06\x916`\x04a6\xC6V[a\x10\xE3V[4\x80\x15a\x06\xA1W__\xFD[Pa\x03\x16a\x06\xB06`\x04a5NV[a\x11-V[4\x80\x15a\x06\xC0W__\xFD[Pa\x03?a\x11cV[4\x80\x15a\x06\xD4W__\xFD[Pa\x04\x9Fa\x06\xE36`\x04a5xV[a\x11\xA1V[4\x80\x15a\x06\xF3W__\xFD[Pa\x07\x07a\x07\x026`\x04a5xV[a\x11\xD1V[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x90\x82\x01R\x91\x81\x01Q`\x01`\x01`@\x1B\x03\x16\x90\x82\x01R``\x01a\x03\"V[4\x80\x15a\x07LW__\xFD[Pa\x04\x9Fa\x07[6`\x04a6\xEEV[a\x12RV[4\x80\x15a\x07kW__\xFD[Pa\x04 _\x81V[4\x80\x15a\x07~W__\xFD[Pa\x03\xA2a\x03\x9D6`\x04a7lV[4\x80\x15a\x07\x98W__\xFD[Pa\x03?`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[4\x80\x15a\x07\xC8W__\xFD[Pa\x03\xA2a\x07\xD76`\x04a7\xA5V[a\x14\xDBV[4\x80\x15a\x07\xE7W__\xFD[Pa\x07\xF0a\x14\xF3V[`@Qa\x03\"\x91\x90a8HV[4\x80\x15a\x08\x08W__\xFD[Pa\x03\xA2a\x08\x176`\x04a5xV[a\x15\xF9V[4\x80\x15a\x08'W__\xFD[Pa\x03\xA2a\x0866`\x04a5xV[a\x16}V[4\x80\x15a\x08FW__\xFD[Pa\x03?a\x08U6`\x04a4\x0CV[a\x18\x11V[4\x80\x15a\x08eW__\xFD[Pa\x03\xA2a\x08t6`\x04a5NV[a\x18\x81V[4\x80\x15a\x08\x84W__\xFD[Pa\x04 _Q` a?\xB3_9_Q\x90_R\x81V[4\x80\x15a\x08\xA4W__\xFD[Pa\x08\xB8a\x08\xB36`\x04a8ZV[a\x18\x9DV[`@Qa\x03\"\x93\x92\x91\x90a8\xC9V[4\x80\x15a\x08\xD2W__\xFD[Pa\x08\xE6a\x08\xE16`\x04a4\xFBV[a\x19\xCEV[`@Qa\x03\"\x91\x90a9qV[4\x80\x15a\x08\xFEW__\xFD[Pa\x03\x16a\t\r6`\x04a9\x83V[a\x1A\x0FV[4\x80\x15a\t\x1DW__\xFD[Pa\t1a\t,6`\x04a9\x9DV[a\x1A[V[`@Qa\x03\"\x92\x91\x90a9\xB7V[4\x80\x15a\tJW__\xFD[Pa\x03\x16a\tY6`\x04a4\xFBV[a\x1C\x16V[4\x80\x15a\tiW__\xFD[Pa\x03\xA2a\tx6`\x04a6xV[a\x1C(V[4\x80\x15a\t\x88W__\xFD[Pa\x03\xA2a\t\x976`\x04a:,V[a\x1D\x98V[4\x80\x15a\t\xA7W__\xFD[Pa\x04\x9F`d\x81V[_a\t\xBA\x82a\x1D\xD1V[\x92\x91PPV[_Q` a?\x93_9_Q\x90_R\x80T``\x91\x90\x81\x90a\t\xDF\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\n\x0B\x90a:\x88V[\x80\x15a\nVW\x80`\x1F\x10a\n-Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\nVV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\n9W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x91PP\x90V[_a\nk\x82a\x1D\xF5V[Pa\t\xBA\x82a\x1E,V[`@Qc\x8C\xD2-\x19`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`A\x82\x14\x15\x80a\n\xC8WP\x82\x82_\x81\x81\x10a\n\xACWa\n\xACa:\xC0V[\x90P\x015`\xF8\x1C`\xF8\x1B`\x01`\x01`\xF8\x1B\x03\x19\x16`\x04`\xF8\x1B\x14\x15[\x15a\n\xEEW`@Qc8\x03\xC0\x0F`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\n\xFD`!`\x01\x85\x87a:\xD4V[a\x0B\x06\x91a:\xFBV[\x90P_a\x0B\x17`A`!\x86\x88a:\xD4V[a\x0B \x91a:\xFBV[\x90Pd\x01\0\0\x03\xD0\x19\x80\x83\x10\x15\x80a\x0B8WP\x80\x82\x10\x15[\x80a\x0B\x84WP\x80\x80a\x0BLWa\x0BLa;\x18V[`\x07\x82\x80a\x0B\\Wa\x0B\\a;\x18V[\x85\x84\x80a\x0BkWa\x0Bka;\x18V[\x87\x88\t\t\x08\x81\x80a\x0B~Wa\x0B~a;\x18V[\x83\x84\t\x14\x15[\x15a\x0B\xA5W`@Qc8\x03\xC0\x0F`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\n\xE5V[a\x0B\xB2\x85`\x01\x81\x89a:\xD4V[`@Qa\x0B\xC0\x92\x91\x90a;,V[`@Q\x90\x81\x90\x03\x90 \x96\x95PPPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x0B\xEA\x81a\x1EeV[a\x0B\xF5\x82`\x01a\x1ErV[`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\xC4\xCC\x1EE\xEC\xBA\xA2\x8B6\xAB\xC2R\x14&\xE0\xB2wn\x84\xF8\x91?l\xD1_$@\xB6t@\x92\xEA\x90_\x90\xA2_a\x0C.a\x1F\x05V[`\x07\x01T`\x01`\x01`\xA0\x1B\x03\x16\x90P\x80\x15a\x0C\x9EW`@Qc\x1C\x1C!\xE3`\xE1\x1B\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16\x90c88C\xC6\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0C\x87W__\xFD[PZ\xF1\x15\x80\x15a\x0C\x99W=__>=_\xFD[PPPP[PPPV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0C\xCCW`@Qc2PWI`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[_a\x0C\xD8\x83\x833a\x1F)V[\x90P\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14a\r&W`@Qcd(={`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x80\x86\x16`\x04\x83\x01R`$\x82\x01\x84\x90R\x82\x16`D\x82\x01R`d\x01a\n\xE5V[PPPPV[_\x90\x81R_Q` a?\xF3_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[_a\rUa\x1F\x05V[`\n\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[a\rp\x82a\r,V[a\ry\x81a\x1EeV[a\r&\x83\x83a\x1FeV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\r\xACW`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0C\x9E\x82\x82a \rV[_a\r\xBFa\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x05\x92\x90\x92\x01` RP`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x90V[_a\r\xEFa\x1F\x05V[`\x07\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[a\x0C\x9E\x83\x83\x83`@Q\x80` \x01`@R\x80_\x81RPa\x14\xDBV[_a\x0E%\x81a\x1EeV[_a\x0E.a\x1F\x05V[`\n\x81\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x86\x16` \x83\x01R\x91\x92P\x7F5\xD8\xDE\x03\x9E\x93\x81*\xC8-\x176{!\xD5I\x94\x86\xC0\x99\x04k;\x8A\x8BVBfVsh\xA1\x91\x01`@Q\x80\x91\x03\x90\xA1`\n\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x0E\xA7a \x86V[a\x0E\xB0\x82a!,V[a\x0E\xBA\x82\x82a!6V[PPV[_a\x0E\xC7a!\xF2V[P_Q` a?\xD3_9_Q\x90_R\x90V[_a\x0E\xE2a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\t\x92\x90\x92\x01` RP`@\x90 T\x90V[___a\x0F\x0Ea\x1F\x05V[`\x01\x81\x01T\x90T\x90\x94`\x01` \x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x93P\x91PPV[__a\x0F6a\x1F\x05V[\x90Pa\x0FB\x81\x84a\";V[\x80\x15a\x0FlWPc\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x02\x82\x01` R`@\x90 T`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15[\x93\x92PPPV[_a\t\xBA\x82a\x1D\xF5V[__a\x0F\x87a\x1F\x05V[\x90Pa\x0F\x93\x81\x84a\"\x88V[c\xFF\xFF\xFF\xFF\x90\x92\x16_\x90\x81R`\x02\x90\x92\x01` RP`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[_Q` a?\xB3_9_Q\x90_Ra\x0F\xD0\x81a\x1EeV[a\x0F\xDA\x82_a\x1ErV[`@Qc\xFF\xFF\xFF\xFF\x83\x16\x90\x7F\x0F2\xAAl*\xEA5\xCF$\xABUCg\x8ARG\xF8J\x9B\x81\xDD\x0B8\xB9.\xA8tu$\x81\t\x0C\x90_\x90\xA2PPV[_a\x10\x17a\x1F\x05V[Tc\xFF\xFF\xFF\xFF\x16\x91\x90PV[__Q` a?\x93_9_Q\x90_R`\x01`\x01`\xA0\x1B\x03\x83\x16a\x10[W`@Qc\"q\x8A\xD9`\xE2\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x03\x90\x92\x01` RP`@\x90 T\x90V[_Q` a?\xB3_9_Q\x90_Ra\x10\x92\x81a\x1EeV[_a\x10\x9Ba\x1F\x05V[\x90Pa\x10\xA7\x81\x86a\"\x88V[a\x10\xB3\x81\x86\x86\x86a\"\xB7V[PPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x10\xD1\x81a\x1EeV[a\x0C\x9Ea\x10\xDCa\x1F\x05V[\x84\x84a%VV[_c\xFF\xFF\xFF\xFF\x83\x16\x15\x80\x15\x90a\x0FlWP\x82c\xFF\xFF\xFF\xFF\x16a\x11\x03a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\x06\x91\x90\x91\x01` R`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x14\x93\x92PPPV[_\x91\x82R_Q` a?\xF3_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x01\x80T``\x91_Q` a?\x93_9_Q\x90_R\x91a\t\xDF\x90a:\x88V[_a\x11\xAAa\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x90\x92\x16_\x90\x81R`\x06\x92\x90\x92\x01` RP`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x90V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x91\x90\x91Ra\x11\xF5a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x92\x83\x16_\x90\x81R`\x08\x91\x90\x91\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x90Tc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x01` \x1B\x81\x04\x90\x95\x16\x91\x81\x01\x91\x90\x91R`\x01`\xC0\x1B\x90\x93\x04`\x01`\x01`@\x1B\x03\x16\x90\x83\x01RP\x90V[__Q` a?\xB3_9_Q\x90_Ra\x12j\x81a\x1EeV[`\x01`\x01`\xA0\x1B\x03\x87\x16a\x12\x9CW`@Qc\xB2\x0Fv\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x88\x16`\x04\x82\x01R`$\x01a\n\xE5V[_a\x12\xA5a\x1F\x05V[`\x01`\x01`\xA0\x1B\x03\x89\x16_\x90\x81R`\x05\x82\x01` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x80\x15a\x12\xFEW`@QcStQW`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[a\x13\x08\x86\x86a&wV[_a\x13\x14\x83\x8A\x8Aa&\xA7V[\x90Pa\x13\x1F\x83a'\x15V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x06\x85\x01` R`@\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x83\x16\x17\x90U\x94Pa\x13W\x85\x8Ba'\x8FV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x81\x81R`\x08\x87\x01` \x90\x81R`@\x80\x83 \x86Q\x81T\x88\x85\x01Q\x98\x84\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x99\x89\x16`\x01` \x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x92\x16c\xFF\xFF\xFF\xFF\x93\x84\x16\x17\x91\x90\x91\x17\x98\x90\x98\x16\x97\x90\x97\x17\x90U\x80Q\x80\x82\x01\x82R\x93\x84R\x83\x82\x01\x83\x81R\x95\x8B\x16\x83R`\x02\x89\x01\x82R\x80\x83 \x93Q\x84T\x96Q\x15\x15`\x01`\xA0\x1B\x02`\x01`\x01`\xA8\x1B\x03\x19\x90\x97\x16\x95\x16\x94\x90\x94\x17\x94\x90\x94\x17\x90\x91U`\x03\x86\x01\x90\x92R\x90 a\x14\x1C\x89\x8B\x83a;\x7FV[Pc\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x04\x84\x01` R`@\x90 a\x14>\x87\x89\x83a;\x7FV[P`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16_\x81\x81R`\x05\x86\x01` R`@\x90\x81\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x8A\x16\x90\x81\x17\x90\x91U\x90Q\x92\x84\x16\x92\x7F\x9B8\\0\xE3\x90\xE1\xE1Z\xB8\xA2\xE3LL\xAA@\xB3\xC5\x98\x82\xC1q\x85\xFC\xBC?\x87\xB2\xBFfX\xA4\x90a\x14\xAA\x90\x8E\x90\x8E\x90\x8E\x90\x8E\x90a<`V[`@Q\x80\x91\x03\x90\xA4a\x14\xC2\x8A\x86c\xFF\xFF\xFF\xFF\x16a'\xE1V[a\x14\xCE\x83\x86`\x01a(BV[PPPP\x95\x94PPPPPV[a\x14\xE6\x84\x84\x84a\x0C\xA3V[a\r&3\x85\x85\x85\x85a)0V[``_a\x14\xFEa\x1F\x05V[\x80T\x90\x91P`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01`\x01`@\x1B\x03\x81\x11\x15a\x15'Wa\x15'a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x15PW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x81T\x90\x92P_\x90c\xFF\xFF\xFF\xFF\x16`\x01[\x81c\xFF\xFF\xFF\xFF\x16\x81c\xFF\xFF\xFF\xFF\x16\x11a\x15\xF2W_a\x15\x80`d\x83a<\xA5V[c\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x02\x87\x01` R`@\x90 T\x90\x91P`\x01`\xA0\x1B\x90\x04`\xFF\x16a\x15\xE1W\x80\x86\x85a\x15\xB4\x81a<\xC4V[\x96P\x81Q\x81\x10a\x15\xC6Wa\x15\xC6a:\xC0V[` \x02` \x01\x01\x90c\xFF\xFF\xFF\xFF\x16\x90\x81c\xFF\xFF\xFF\xFF\x16\x81RPP[Pa\x15\xEB\x81a<\xDCV[\x90Pa\x15aV[PPPP\x90V[_a\x16\x03\x81a\x1EeV[_a\x16\x0Ca\x1F\x05V[`\x07\x81\x01T`@\x80Q`\x01`\x01`\xA0\x1B\x03\x92\x83\x16\x81R\x91\x86\x16` \x83\x01R\x91\x92P\x7F\xA1l\xCE\x0BP\x1F\xFB\x08\xDA\x07\xBE|\xA8\x80|\x14\x11/\xD9\x9A6;y\x01\xBF\xB9TK\x1E\xF3\xB3\xD8\x91\x01`@Q\x80\x91\x03\x90\xA1`\x07\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[_a\x16\x86a*OV[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90`\x01`\x01`@\x1B\x03\x16_\x81\x15\x80\x15a\x16\xACWP\x82[\x90P_\x82`\x01`\x01`@\x1B\x03\x16`\x01\x14\x80\x15a\x16\xC7WP0;\x15[\x90P\x81\x15\x80\x15a\x16\xD5WP\x80\x15[\x15a\x16\xF3W`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x17\x1DW\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x86\x16a\x17DW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x17\x98`@Q\x80`@\x01`@R\x80`\x12\x81R` \x01q,&\xAA(\x10'7\xB22\x90'\xB82\xB90\xBA7\xB9`q\x1B\x81RP`@Q\x80`@\x01`@R\x80`\x08\x81R` \x01gXMTPNODE`\xC0\x1B\x81RPa*wV[a\x17\xA0a*\x89V[a\x17\xAA_\x87a\x1FeV[Pa\x17\xC2_Q` a?\xB3_9_Q\x90_R\x87a\x1FeV[P\x83\x15a\x18\tW\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPV[``a\x18\x1C\x82a\x1D\xF5V[P_a\x182`@\x80Q` \x81\x01\x90\x91R_\x81R\x90V[\x90P_\x81Q\x11a\x18PW`@Q\x80` \x01`@R\x80_\x81RPa\x0FlV[\x80a\x18Z\x84a*\x91V[`@Q` \x01a\x18k\x92\x91\x90a=\x17V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x93\x92PPPV[a\x18\x8A\x82a\r,V[a\x18\x93\x81a\x1EeV[a\r&\x83\x83a \rV[__``_a\x18\xAAa\x1F\x05V[\x90P\x84`\x01`\x01`@\x1B\x03\x81\x11\x15a\x18\xC4Wa\x18\xC4a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x18\xEDW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x91P_[\x85\x81\x10\x15a\x19\xACW_\x82`\x02\x01_\x89\x89\x85\x81\x81\x10a\x19\x12Wa\x19\x12a:\xC0V[\x90P` \x02\x01` \x81\x01\x90a\x19'\x91\x90a4\xFBV[c\xFF\xFF\xFF\xFF\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RT`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x90\x04`\xFF\x16\x15\x15\x91\x81\x01\x82\x90R\x91Pa\x19\xA3W\x80_\x01Q\x84\x83\x81Q\x81\x10a\x19\x82Wa\x19\x82a:\xC0V[` \x02` \x01\x01\x90`\x01`\x01`\xA0\x1B\x03\x16\x90\x81`\x01`\x01`\xA0\x1B\x03\x16\x81RPP[P`\x01\x01a\x18\xF2V[P`\x01\x81\x01T\x90T\x90\x93Pc\xFF\xFF\xFF\xFF`\x01` \x1B\x90\x91\x04\x16\x91P\x92P\x92P\x92V[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91R_a\x19\xF9a\x1F\x05V[\x90Pa\x1A\x05\x81\x84a\"\x88V[a\x0Fl\x81\x84a+ V[`\x01`\x01`\xA0\x1B\x03\x91\x82\x16_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x05` \x90\x81R`@\x80\x83 \x93\x90\x94\x16\x82R\x91\x90\x91R T`\xFF\x16\x90V[``\x80_a\x1Aga\x1F\x05V[\x90P_`d`\x01a\x1A~\x82c\xFF\xFF\xFF\xFF\x8A\x16a=+V[a\x1A\x88\x91\x90a=>V[a\x1A\x92\x91\x90a=QV[\x90P\x80_\x03a\x1A\x9FWP`\x01[\x81Tc\xFF\xFF\xFF\xFF\x16_\x81\x83\x11a\x1A\xC9Wa\x1A\xB9\x83\x83a=>V[a\x1A\xC4\x90`\x01a=+V[a\x1A\xCBV[_[\x90P\x86\x81\x11\x15a\x1A\xD8WP\x85[\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1A\xF0Wa\x1A\xF0a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x19W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x95P\x80`\x01`\x01`@\x1B\x03\x81\x11\x15a\x1B4Wa\x1B4a5\x91V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x1B\x87W\x81` \x01[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91R\x81R` \x01\x90`\x01\x90\x03\x90\x81a\x1BRW\x90P[P\x94P_[\x81\x81\x10\x15a\x1C\nW_`da\x1B\xA1\x83\x87a=+V[a\x1B\xAB\x91\x90a=dV[\x90P\x80\x88\x83\x81Q\x81\x10a\x1B\xC0Wa\x1B\xC0a:\xC0V[` \x02` \x01\x01\x90c\xFF\xFF\xFF\xFF\x16\x90\x81c\xFF\xFF\xFF\xFF\x16\x81RPPa\x1B\xE4\x86\x82a+ V[\x87\x83\x81Q\x81\x10a\x1B\xF6Wa\x1B\xF6a:\xC0V[` \x90\x81\x02\x91\x90\x91\x01\x01RP`\x01\x01a\x1B\x8CV[PPPPP\x92P\x92\x90PV[_a\t\xBAa\x1C\"a\x1F\x05V[\x83a\";V[_a\x1C1a\x1F\x05V[\x90Pa\x1C=\x81\x85a\"\x88V[3a\x1CMc\xFF\xFF\xFF\xFF\x86\x16a,\xECV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1C\x82W`@Qci\xED\xAE\xF7`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\n\xE5V[a\x1C\x8C\x83\x83a&wV[c\xFF\xFF\xFF\xFF\x84\x16_\x90\x81R`\x04\x82\x01` R`@\x81 \x80Ta\x1C\xAD\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1C\xD9\x90a:\x88V[\x80\x15a\x1D$W\x80`\x1F\x10a\x1C\xFBWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1D$V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1D\x07W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPc\xFF\xFF\xFF\xFF\x87\x16_\x90\x81R`\x04\x85\x01` R`@\x90 \x91\x92Pa\x1DN\x90P\x84\x86\x83a;\x7FV[P\x84c\xFF\xFF\xFF\xFF\x16\x7F\x02.1h\x14\xA8\xB9\xC1.J\x7F{\xB4\x9D\xEB\x13\x96\xC5*4\xCD\0\xE2U\xC8\nz+f\xECji\x82\x86\x86`@Qa\x1D\x89\x93\x92\x91\x90a={V[`@Q\x80\x91\x03\x90\xA2PPPPPV[_Q` a?\xB3_9_Q\x90_Ra\x1D\xAF\x81a\x1EeV[_a\x1D\xB8a\x1F\x05V[\x90Pa\x1D\xC5\x81\x87\x87a%VV[a\x18\t\x81\x87\x86\x86a\"\xB7V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\t\xBAWPa\t\xBA\x82a-%V[__a\x1E\0\x83a,\xECV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16a\t\xBAW`@Qc~'2\x89`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\n\xE5V[_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[a\x1Eo\x813a-tV[PV[_a\x1E{a\x1F\x05V[\x90Pa\x1E\x87\x81\x84a\"\x88V[c\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x02\x82\x01` R`@\x90 \x80T\x83\x15\x15`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x15\x15\x03a\x1E\xDDW`@Qc\n0\x0E\xAF`\xE2\x1B\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x83\x15\x15`$\x82\x01R`D\x01a\n\xE5V[\x80T\x83\x15\x80\x15`\x01`\xA0\x1B\x02`\xFF`\xA0\x1B\x19\x90\x92\x16\x91\x90\x91\x17\x82Ua\r&\x90\x83\x90\x86\x90a(BV[\x7F\x11 \xE5u.z\0\xFC\x9EC\xE4/\x19\x86'\xAB\xE3Hl_\xF4\r\xDAH-\x051\x08\xD5\x13_\0\x90V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a\x1FRW`@Qc\x8C\xD2-\x19`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F]\x84\x84\x84a-\xADV[\x94\x93PPPPV[__Q` a?\xF3_9_Q\x90_Ra\x1F~\x84\x84a\x11-V[a\x1F\xFDW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1F\xB33\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\t\xBAV[_\x91PPa\t\xBAV[P\x92\x91PPV[__Q` a?\xF3_9_Q\x90_Ra &\x84\x84a\x11-V[\x15a\x1F\xFDW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\t\xBAV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a!\x0CWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a!\0_Q` a?\xD3_9_Q\x90_RT`\x01`\x01`\xA0\x1B\x03\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a!*W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x0E\xBA\x81a\x1EeV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a!\x90WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra!\x8D\x91\x81\x01\x90a=\xAAV[`\x01[a!\xB8W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\n\xE5V[_Q` a?\xD3_9_Q\x90_R\x81\x14a!\xE8W`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[a\x0C\x9E\x83\x83a.\xAFV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a!*W`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_c\xFF\xFF\xFF\xFF\x82\x16\x15\x80\x15\x90a\"_WPa\"W`d\x83a=\xC1V[c\xFF\xFF\xFF\xFF\x16\x15[\x80\x15a\x0FlWP\x82Tc\xFF\xFF\xFF\xFF\x16a\"y`d\x84a=\xE8V[c\xFF\xFF\xFF\xFF\x16\x11\x15\x93\x92PPPV[a\"\x92\x82\x82a\";V[a\x0E\xBAW`@QcISO\xC7`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[_a\"\xC3\x85\x84\x84a&\xA7V[c\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x02\x87\x01` R`@\x81 T`\n\x88\x01T\x92\x93P`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x92\x16\x90\x81\x15a#gW`@Qc\xA6\x99\xF9\xED`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xA6\x99\xF9\xED\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#>W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a#b\x91\x90a>\x0FV[a#iV[_[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\x08\x8C\x01` \x90\x81R`@\x80\x83 \x80T`\x01`\x01`@\x1B\x03\x88\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x90\x91\x16\x17\x81U`\t\x8F\x01\x90\x92R\x91\x82\x90 B\x90U\x80T\x91Q\x94\x95P\x93`\x01` \x1B\x90\x91\x04\x90\x92\x16\x91c\xFF\xFF\xFF\xFF\x8B\x16\x90\x7Fh\x0F\xE6\x98K\x10\x8CWzMS\xB0\x7F\x9A\xF7^\xD4\xC8`A\xB4U\x14x\x8Fz\xFA!D\xB8\xE2 \x90a$\x0C\x90\x87\x90`\x01`\x01`@\x1B\x03\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x06\x8A\x01` R`@\x90 \x80Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x8A\x16\x90\x81\x17\x90\x91Ua$W\x90\x89\x90a$R\x90a,\xECV[a'\x8FV[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16_\x81\x81R`\x08\x8D\x01` \x90\x81R`@\x80\x83 \x86Q\x81T\x88\x85\x01Q\x98\x84\x01Q`\x01`\x01`@\x1B\x03\x16`\x01`\xC0\x1B\x02`\x01`\x01`\xC0\x1B\x03\x99\x90\x98\x16`\x01` \x1B\x02`\x01`\x01`\xC0\x1B\x03\x19\x90\x91\x16c\xFF\xFF\xFF\xFF\x92\x83\x16\x17\x17\x97\x90\x97\x16\x95\x90\x95\x17\x90\x94U\x93\x8C\x16\x81R`\x02\x8D\x01\x84R\x82\x81 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x90\x92\x17\x90\x91U`\x03\x8C\x01\x90\x92R\x90 a$\xF6\x87\x89\x83a;\x7FV[P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x89c\xFF\xFF\xFF\xFF\x16\x7F\xCB\n\xB0\x93\x1D\xD6h\xB5\xC8\xA4^J\x01cpo\xC2w\x08\x0Bp\xFBXm43\x90;U\xEE\xB8'\x8A\x8A`@Qa%C\x92\x91\x90a>5V[`@Q\x80\x91\x03\x90\xA4PPPPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a%\x88W`@Qc\xB2\x0Fv\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[a%\x92\x83\x83a\"\x88V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x05\x84\x01` R`@\x90 Tc\xFF\xFF\xFF\xFF\x16\x80\x15a%\xE8W`@QcStQW`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[_a%\xF8\x84c\xFF\xFF\xFF\xFF\x16a,\xECV[`\x01`\x01`\xA0\x1B\x03\x80\x82\x16_\x81\x81R`\x05\x89\x01` R`@\x80\x82 \x80Tc\xFF\xFF\xFF\xFF\x19\x90\x81\x16\x90\x91U\x93\x88\x16\x80\x83R\x81\x83 \x80Tc\xFF\xFF\xFF\xFF\x8C\x16\x96\x16\x86\x17\x90U\x90Q\x94\x95P\x93\x91\x92\x91\x7F\x89c\xD5\xAC\x08\xE5\x83\x84\xE3\x0B!\xAE `\nS\xD4l\xA6\x8E!N\xE2\x9D\xB5\x91\xCCj@/>\xFB\x91\x90\xA4a\x18\t\x83\x85c\xFF\xFF\xFF\xFF\x16_a\x1F)V[\x80\x80\x15\x80a&\x86WPa\x02\0\x81\x11[\x15a\x0C\x9EW`@Qc\n\x92]\t`\xE3\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[__a&\xB3\x84\x84a\n\x8EV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x06\x87\x01` R`@\x90 T\x90\x91Pc\xFF\xFF\xFF\xFF\x16\x80\x15a'\x0CW`@Qc\x81\xBD2)`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\n\xE5V[P\x94\x93PPPPV[\x80T_\x90c\xFF\xFF\xFF\xFF\x90\x81\x16\x90`da'/\x83`\x01a=+V[a'9\x91\x90a=dV[\x11\x15a'XW`@Qc\x01*\xFAA`\xE7\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a'c\x81`\x01a>HV[\x83Tc\xFF\xFF\xFF\xFF\x19\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x83U`da'\x85\x82`\x01a>HV[a\x0Fl\x91\x90a<\xA5V[`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x91\x90\x91RP`@\x80Q``\x81\x01\x82Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16\x83R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16` \x83\x01R`\x01`\x01`@\x1B\x03\x90\x82\x01R\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16a(\nW`@Qc2PWI`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[_a(\x16\x83\x83_a\x1F)V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\x0C\x9EW`@Qc9\xE3V7`\xE1\x1B\x81R_`\x04\x82\x01R`$\x01a\n\xE5V[`\x01\x83\x01T`@\x80Q` \x81\x01\x92\x90\x92Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x82\x01R\x81\x15\x15``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P_\x82a(\xA9W\x84Ta(\xA4\x90`\x01\x90`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a>dV[a(\xC3V[\x84Ta(\xC3\x90`\x01` \x1B\x90\x04c\xFF\xFF\xFF\xFF\x16`\x01a>HV[`\x01\x86\x01\x83\x90U\x85Tg\xFF\xFF\xFF\xFF\0\0\0\0\x19\x16`\x01` \x1Bc\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x02\x91\x90\x91\x17\x87U`@\x80Q\x85\x81R` \x81\x01\x92\x90\x92R\x91\x92P\x7F_\xDAY>\xF0\x15\xB1XM\xB4\xB4\xA6h\xA6?z:c%\xD7n\xF9^\xB7\xB4\x04\x84*\xF5,G\xE9\x91\x01`@Q\x80\x91\x03\x90\xA1PPPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16;\x15a\x10\xB3W`@Qc\n\x85\xBD\x01`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90c\x15\x0Bz\x02\x90a)r\x90\x88\x90\x88\x90\x87\x90\x87\x90`\x04\x01a>\x80V[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x92PPP\x80\x15a)\xACWP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra)\xA9\x91\x81\x01\x90a>\xB2V[`\x01[a*\x13W=\x80\x80\x15a)\xD9W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a)\xDEV[``\x91P[P\x80Q_\x03a*\x0BW`@Qc2PWI`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[\x80Q` \x82\x01\xFD[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16c\n\x85\xBD\x01`\xE1\x1B\x14a\x18\tW`@Qc2PWI`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\t\xBAV[a*\x7Fa/\x04V[a\x0E\xBA\x82\x82a/)V[a!*a/\x04V[``_a*\x9D\x83a/YV[`\x01\x01\x90P_\x81`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xBBWa*\xBBa5\x91V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a*\xE5W` \x82\x01\x81\x806\x837\x01\x90P[P\x90P\x81\x81\x01` \x01[_\x19\x01o\x18\x18\x99\x19\x9A\x1A\x9B\x1B\x9C\x1C\xB0\xB11\xB22\xB3`\x81\x1B`\n\x86\x06\x1A\x81S`\n\x85\x04\x94P\x84a*\xEFWP\x93\x92PPPV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01R``\x91\x81\x01\x82\x90R\x81\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16_\x81\x81R`\x02\x85\x01` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x83R\x90T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x15\x15\x82\x85\x01\x90\x81R\x83Q`\x80\x81\x01\x85R\x83Q\x90\x92\x16\x82RQ\x15\x15\x81\x85\x01R\x94\x84R`\x03\x88\x01\x90\x92R\x91\x82\x90 \x80T\x91\x93\x92\x83\x01\x91a+\xB9\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta+\xE5\x90a:\x88V[\x80\x15a,0W\x80`\x1F\x10a,\x07Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a,0V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a,\x13W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81R` \x01\x85`\x04\x01_\x86c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ \x80Ta,d\x90a:\x88V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta,\x90\x90a:\x88V[\x80\x15a,\xDBW\x80`\x1F\x10a,\xB2Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a,\xDBV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a,\xBEW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x81RP\x91PP\x92\x91PPV[_\x90\x81R\x7F\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\x02` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x90V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c\x80\xACX\xCD`\xE0\x1B\x14\x80a-UWP`\x01`\x01`\xE0\x1B\x03\x19\x82\x16c[^\x13\x9F`\xE0\x1B\x14[\x80a\t\xBAWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14a\t\xBAV[a-~\x82\x82a\x11-V[a\x0E\xBAW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\n\xE5V[__Q` a?\x93_9_Q\x90_R\x81a-\xC6\x85a,\xECV[\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15a-\xE2Wa-\xE2\x81\x85\x87a00V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a.\x1EWa-\xFD_\x86__a0\x94V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x03\x83\x01` R`@\x90 \x80T_\x19\x01\x90U[`\x01`\x01`\xA0\x1B\x03\x86\x16\x15a.NW`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\x03\x83\x01` R`@\x90 \x80T`\x01\x01\x90U[_\x85\x81R`\x02\x83\x01` R`@\x80\x82 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16\x91\x82\x17\x90\x92U\x91Q\x88\x93\x91\x85\x16\x91\x7F\xDD\xF2R\xAD\x1B\xE2\xC8\x9Bi\xC2\xB0h\xFC7\x8D\xAA\x95+\xA7\xF1c\xC4\xA1\x16(\xF5ZM\xF5#\xB3\xEF\x91\xA4\x95\x94PPPPPV[a.\xB8\x82a1\xA7V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a.\xFCWa\x0C\x9E\x82\x82a2\nV[a\x0E\xBAa2|V[a/\x0Ca2\x9BV[a!*W`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a/1a/\x04V[_Q` a?\x93_9_Q\x90_R\x80a/J\x84\x82a>\xCDV[P`\x01\x81\x01a\r&\x83\x82a>\xCDV[_\x80r\x18O\x03\xE9?\xF9\xF4\xDA\xA7\x97\xEDn8\xEDd\xBFj\x1F\x01`@\x1B\x83\x10a/\x97Wr\x18O\x03\xE9?\xF9\xF4\xDA\xA7\x97\xEDn8\xEDd\xBFj\x1F\x01`@\x1B\x83\x04\x92P`@\x01[m\x04\xEE-mA[\x85\xAC\xEF\x81\0\0\0\0\x83\x10a/\xC3Wm\x04\xEE-mA[\x85\xAC\xEF\x81\0\0\0\0\x83\x04\x92P` \x01[f#\x86\xF2o\xC1\0\0\x83\x10a/\xE1Wf#\x86\xF2o\xC1\0\0\x83\x04\x92P`\x10\x01[c\x05\xF5\xE1\0\x83\x10a/\xF9Wc\x05\xF5\xE1\0\x83\x04\x92P`\x08\x01[a'\x10\x83\x10a0\rWa'\x10\x83\x04\x92P`\x04\x01[`d\x83\x10a0\x1FW`d\x83\x04\x92P`\x02\x01[`\n\x83\x10a\t\xBAW`\x01\x01\x92\x91PPV[a0;\x83\x83\x83a2\xB4V[a\x0C\x9EW`\x01`\x01`\xA0\x1B\x03\x83\x16a0iW`@Qc~'2\x89`\xE0\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\n\xE5V[`@Qc\x17~\x80/`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\n\xE5V[_Q` a?\x93_9_Q\x90_R\x81\x80a0\xB6WP`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x15[\x15a1wW_a0\xC5\x85a\x1D\xF5V[\x90P`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80\x15\x90a0\xF1WP\x83`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80\x15a1\x04WPa1\x02\x81\x85a\x1A\x0FV[\x15[\x15a1-W`@Qc\xA9\xFB\xF5\x1F`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[\x82\x15a1uW\x84\x86`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x7F\x8C[\xE1\xE5\xEB\xEC}[\xD1OqB}\x1E\x84\xF3\xDD\x03\x14\xC0\xF7\xB2)\x1E[ \n\xC8\xC7\xC3\xB9%`@Q`@Q\x80\x91\x03\x90\xA4[P[_\x93\x84R`\x04\x01` RPP`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a1\xDCW`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\n\xE5V[_Q` a?\xD3_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa2&\x91\x90a?\x87V[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a2^W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a2cV[``\x91P[P\x91P\x91Pa2s\x85\x83\x83a3\x18V[\x95\x94PPPPPV[4\x15a!*W`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a2\xA4a*OV[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x01`\x01`\xA0\x1B\x03\x83\x16\x15\x80\x15\x90a\x1F]WP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a2\xEDWPa2\xED\x84\x84a\x1A\x0FV[\x80a\x1F]WP\x82`\x01`\x01`\xA0\x1B\x03\x16a3\x06\x83a\x1E,V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x94\x93PPPPV[``\x82a3-Wa3(\x82a3tV[a\x0FlV[\x81Q\x15\x80\x15a3DWP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a3mW`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\n\xE5V[P\x80a\x0FlV[\x80Q\x15a3\x83W\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x1EoW__\xFD[_` \x82\x84\x03\x12\x15a3\xC1W__\xFD[\x815a\x0Fl\x81a3\x9CV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` `\x1F\x19`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x0Fl` \x83\x01\x84a3\xCCV[_` \x82\x84\x03\x12\x15a4\x1CW__\xFD[P5\x91\x90PV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a49W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a4OW__\xFD[a4X\x83a4#V[\x94` \x93\x90\x93\x015\x93PPPV[__\x83`\x1F\x84\x01\x12a4vW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a4\x8CW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a4\xA3W__\xFD[\x92P\x92\x90PV[__` \x83\x85\x03\x12\x15a4\xBBW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a4\xD0W__\xFD[a4\xDC\x85\x82\x86\x01a4fV[\x90\x96\x90\x95P\x93PPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a49W__\xFD[_` \x82\x84\x03\x12\x15a5\x0BW__\xFD[a\x0Fl\x82a4\xE8V[___``\x84\x86\x03\x12\x15a5&W__\xFD[a5/\x84a4#V[\x92Pa5=` \x85\x01a4#V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__`@\x83\x85\x03\x12\x15a5_W__\xFD[\x825\x91Pa5o` \x84\x01a4#V[\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a5\x88W__\xFD[a\x0Fl\x82a4#V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[_\x82`\x1F\x83\x01\x12a5\xB4W__\xFD[\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a5\xCDWa5\xCDa5\x91V[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a5\xFBWa5\xFBa5\x91V[`@R\x81\x81R\x83\x82\x01` \x01\x85\x10\x15a6\x12W__\xFD[\x81` \x85\x01` \x83\x017_\x91\x81\x01` \x01\x91\x90\x91R\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a6?W__\xFD[a6H\x83a4#V[\x91P` \x83\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a6bW__\xFD[a6n\x85\x82\x86\x01a5\xA5V[\x91PP\x92P\x92\x90PV[___`@\x84\x86\x03\x12\x15a6\x8AW__\xFD[a6\x93\x84a4\xE8V[\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a6\xADW__\xFD[a6\xB9\x86\x82\x87\x01a4fV[\x94\x97\x90\x96P\x93\x94PPPPV[__`@\x83\x85\x03\x12\x15a6\xD7W__\xFD[a6\xE0\x83a4\xE8V[\x91Pa5o` \x84\x01a4#V[_____``\x86\x88\x03\x12\x15a7\x02W__\xFD[a7\x0B\x86a4#V[\x94P` \x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7%W__\xFD[a71\x88\x82\x89\x01a4fV[\x90\x95P\x93PP`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7OW__\xFD[a7[\x88\x82\x89\x01a4fV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a7}W__\xFD[a7\x86\x83a4#V[\x91P` \x83\x015\x80\x15\x15\x81\x14a7\x9AW__\xFD[\x80\x91PP\x92P\x92\x90PV[____`\x80\x85\x87\x03\x12\x15a7\xB8W__\xFD[a7\xC1\x85a4#V[\x93Pa7\xCF` \x86\x01a4#V[\x92P`@\x85\x015\x91P``\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a7\xF0W__\xFD[a7\xFC\x87\x82\x88\x01a5\xA5V[\x91PP\x92\x95\x91\x94P\x92PV[_\x81Q\x80\x84R` \x84\x01\x93P` \x83\x01_[\x82\x81\x10\x15a8>W\x81Qc\xFF\xFF\xFF\xFF\x16\x86R` \x95\x86\x01\x95\x90\x91\x01\x90`\x01\x01a8\x1AV[P\x93\x94\x93PPPPV[` \x81R_a\x0Fl` \x83\x01\x84a8\x08V[__` \x83\x85\x03\x12\x15a8kW__\xFD[\x825`\x01`\x01`@\x1B\x03\x81\x11\x15a8\x80W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a8\x90W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a8\xA5W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a8\xB9W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_``\x82\x01\x85\x83R\x84` \x84\x01R```@\x84\x01R\x80\x84Q\x80\x83R`\x80\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15a9\x19W\x83Q`\x01`\x01`\xA0\x1B\x03\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a8\xF2V[P\x90\x97\x96PPPPPPPV[`\x01\x80`\xA0\x1B\x03\x81Q\x16\x82R` \x81\x01Q\x15\x15` \x83\x01R_`@\x82\x01Q`\x80`@\x85\x01Ra9X`\x80\x85\x01\x82a3\xCCV[\x90P``\x83\x01Q\x84\x82\x03``\x86\x01Ra2s\x82\x82a3\xCCV[` \x81R_a\x0Fl` \x83\x01\x84a9&V[__`@\x83\x85\x03\x12\x15a9\x94W__\xFD[a6\xE0\x83a4#V[__`@\x83\x85\x03\x12\x15a9\xAEW__\xFD[a4X\x83a4\xE8V[`@\x81R_a9\xC9`@\x83\x01\x85a8\x08V[\x82\x81\x03` \x84\x01R\x80\x84Q\x80\x83R` \x83\x01\x91P` \x81`\x05\x1B\x84\x01\x01` \x87\x01_[\x83\x81\x10\x15a:\x1EW`\x1F\x19\x86\x84\x03\x01\x85Ra:\x08\x83\x83Qa9&V[` \x95\x86\x01\x95\x90\x93P\x91\x90\x91\x01\x90`\x01\x01a9\xECV[P\x90\x98\x97PPPPPPPPV[____``\x85\x87\x03\x12\x15a:?W__\xFD[a:H\x85a4\xE8V[\x93Pa:V` \x86\x01a4#V[\x92P`@\x85\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a:pW__\xFD[a:|\x87\x82\x88\x01a4fV[\x95\x98\x94\x97P\x95PPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a:\x9CW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a:\xBAWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__\x85\x85\x11\x15a:\xE2W__\xFD[\x83\x86\x11\x15a:\xEEW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\t\xBAW_\x19` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[`\x1F\x82\x11\x15a\x0C\x9EW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a;`WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x10\xB3W_\x81U`\x01\x01a;lV[`\x01`\x01`@\x1B\x03\x83\x11\x15a;\x96Wa;\x96a5\x91V[a;\xAA\x83a;\xA4\x83Ta:\x88V[\x83a;;V[_`\x1F\x84\x11`\x01\x81\x14a;\xDBW_\x85\x15a;\xC4WP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x10\xB3V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a<\nW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a;\xEAV[P\x86\x82\x10\x15a<&W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[`@\x81R_a<s`@\x83\x01\x86\x88a<8V[\x82\x81\x03` \x84\x01Ra<\x86\x81\x85\x87a<8V[\x97\x96PPPPPPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a \x06Wa \x06a<\x91V[_`\x01\x82\x01a<\xD5Wa<\xD5a<\x91V[P`\x01\x01\x90V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a<\xF7Wa<\xF7a<\x91V[`\x01\x01\x92\x91PPV[_\x81Q\x80` \x84\x01\x85^_\x93\x01\x92\x83RP\x90\x91\x90PV[_a\x1F]a=%\x83\x86a=\0V[\x84a=\0V[\x80\x82\x01\x80\x82\x11\x15a\t\xBAWa\t\xBAa<\x91V[\x81\x81\x03\x81\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[_\x82a=_Wa=_a;\x18V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t\xBAWa\t\xBAa<\x91V[`@\x81R_a=\x8D`@\x83\x01\x86a3\xCCV[\x82\x81\x03` \x84\x01Ra=\xA0\x81\x85\x87a<8V[\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a=\xBAW__\xFD[PQ\x91\x90PV[_c\xFF\xFF\xFF\xFF\x83\x16\x80a=\xD6Wa=\xD6a;\x18V[\x80c\xFF\xFF\xFF\xFF\x84\x16\x06\x91PP\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x83\x16\x80a=\xFDWa=\xFDa;\x18V[\x80c\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_` \x82\x84\x03\x12\x15a>\x1FW__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x0FlW__\xFD[` \x81R_a\x1F]` \x83\x01\x84\x86a<8V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\t\xBAWa\t\xBAa<\x91V[`\x01`\x01`\xA0\x1B\x03\x85\x81\x16\x82R\x84\x16` \x82\x01R`@\x81\x01\x83\x90R`\x80``\x82\x01\x81\x90R_\x90a=\xA0\x90\x83\x01\x84a3\xCCV[_` \x82\x84\x03\x12\x15a>\xC2W__\xFD[\x81Qa\x0Fl\x81a3\x9CV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a>\xE6Wa>\xE6a5\x91V[a>\xFA\x81a>\xF4\x84Ta:\x88V[\x84a;;V[` `\x1F\x82\x11`\x01\x81\x14a?,W_\x83\x15a?\x15WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x10\xB3V[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a?[W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a?;V[P\x84\x82\x10\x15a?xW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[_a\x0Fl\x82\x84a=\0V\xFE\x80\xBB+c\x8C\xC2\x0B\xC4\xD0\xA6\rf\x94\x0F:\xB4\xA0\x0C\x1D{14\x97\xCA\x82\xFB\x0BJ\xB0\x07\x93\0\xDA\xF9\xAC:c\x08\x05$(\xE8\x80o\xD9\x08\xCFG#\x18An\xD7\xD7\x8B?5\xDD\x94\xBB\xBA\xFD\xE5j6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AddressEmptyCode(address)` and selector `0x9996b315`.
```solidity
error AddressEmptyCode(address target);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AddressEmptyCode {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AddressEmptyCode> for UnderlyingRustTuple<'_> {
            fn from(value: AddressEmptyCode) -> Self {
                (value.target,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AddressEmptyCode {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { target: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AddressEmptyCode {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AddressEmptyCode(address)";
            const SELECTOR: [u8; 4] = [153u8, 150u8, 179u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.target,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967InvalidImplementation(address)` and selector `0x4c9c8ce3`.
```solidity
error ERC1967InvalidImplementation(address implementation);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967InvalidImplementation {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967InvalidImplementation>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967InvalidImplementation) -> Self {
                (value.implementation,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC1967InvalidImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { implementation: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967InvalidImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967InvalidImplementation(address)";
            const SELECTOR: [u8; 4] = [76u8, 156u8, 140u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.implementation,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967NonPayable()` and selector `0xb398979f`.
```solidity
error ERC1967NonPayable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967NonPayable;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967NonPayable> for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967NonPayable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC1967NonPayable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967NonPayable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967NonPayable()";
            const SELECTOR: [u8; 4] = [179u8, 152u8, 151u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721IncorrectOwner(address,uint256,address)` and selector `0x64283d7b`.
```solidity
error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721IncorrectOwner {
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721IncorrectOwner> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721IncorrectOwner) -> Self {
                (value.sender, value.tokenId, value.owner)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721IncorrectOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    sender: tuple.0,
                    tokenId: tuple.1,
                    owner: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721IncorrectOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721IncorrectOwner(address,uint256,address)";
            const SELECTOR: [u8; 4] = [100u8, 40u8, 61u8, 123u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.sender,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InsufficientApproval(address,uint256)` and selector `0x177e802f`.
```solidity
error ERC721InsufficientApproval(address operator, uint256 tokenId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InsufficientApproval {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InsufficientApproval>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InsufficientApproval) -> Self {
                (value.operator, value.tokenId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC721InsufficientApproval {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    operator: tuple.0,
                    tokenId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InsufficientApproval {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InsufficientApproval(address,uint256)";
            const SELECTOR: [u8; 4] = [23u8, 126u8, 128u8, 47u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InvalidApprover(address)` and selector `0xa9fbf51f`.
```solidity
error ERC721InvalidApprover(address approver);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InvalidApprover {
        #[allow(missing_docs)]
        pub approver: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InvalidApprover> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InvalidApprover) -> Self {
                (value.approver,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721InvalidApprover {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { approver: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InvalidApprover {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InvalidApprover(address)";
            const SELECTOR: [u8; 4] = [169u8, 251u8, 245u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.approver,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InvalidOperator(address)` and selector `0x5b08ba18`.
```solidity
error ERC721InvalidOperator(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InvalidOperator {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InvalidOperator> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InvalidOperator) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721InvalidOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InvalidOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InvalidOperator(address)";
            const SELECTOR: [u8; 4] = [91u8, 8u8, 186u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InvalidOwner(address)` and selector `0x89c62b64`.
```solidity
error ERC721InvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721InvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InvalidOwner(address)";
            const SELECTOR: [u8; 4] = [137u8, 198u8, 43u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InvalidReceiver(address)` and selector `0x64a0ae92`.
```solidity
error ERC721InvalidReceiver(address receiver);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InvalidReceiver {
        #[allow(missing_docs)]
        pub receiver: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InvalidReceiver> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InvalidReceiver) -> Self {
                (value.receiver,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721InvalidReceiver {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { receiver: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InvalidReceiver {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InvalidReceiver(address)";
            const SELECTOR: [u8; 4] = [100u8, 160u8, 174u8, 146u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.receiver,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721InvalidSender(address)` and selector `0x73c6ac6e`.
```solidity
error ERC721InvalidSender(address sender);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721InvalidSender {
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721InvalidSender> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721InvalidSender) -> Self {
                (value.sender,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721InvalidSender {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { sender: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721InvalidSender {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721InvalidSender(address)";
            const SELECTOR: [u8; 4] = [115u8, 198u8, 172u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.sender,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC721NonexistentToken(uint256)` and selector `0x7e273289`.
```solidity
error ERC721NonexistentToken(uint256 tokenId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC721NonexistentToken {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC721NonexistentToken> for UnderlyingRustTuple<'_> {
            fn from(value: ERC721NonexistentToken) -> Self {
                (value.tokenId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC721NonexistentToken {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { tokenId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC721NonexistentToken {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC721NonexistentToken(uint256)";
            const SELECTOR: [u8; 4] = [126u8, 39u8, 50u8, 137u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidHttpAddress(uint256)` and selector `0x5492e848`.
```solidity
error InvalidHttpAddress(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidHttpAddress {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidHttpAddress> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidHttpAddress) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidHttpAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidHttpAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidHttpAddress(uint256)";
            const SELECTOR: [u8; 4] = [84u8, 146u8, 232u8, 72u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidInitialization()` and selector `0xf92ee8a9`.
```solidity
error InvalidInitialization();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidInitialization;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidInitialization> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidInitialization) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidInitialization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidInitialization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidInitialization()";
            const SELECTOR: [u8; 4] = [249u8, 46u8, 232u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidOwner(address)` and selector `0xb20f76e3`.
```solidity
error InvalidOwner(address owner);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidOwner> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidOwner(address)";
            const SELECTOR: [u8; 4] = [178u8, 15u8, 118u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSigningPublicKey(uint256)` and selector `0x7007801e`.
```solidity
error InvalidSigningPublicKey(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSigningPublicKey {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSigningPublicKey> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSigningPublicKey) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSigningPublicKey {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSigningPublicKey {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSigningPublicKey(uint256)";
            const SELECTOR: [u8; 4] = [112u8, 7u8, 128u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `MaxNodesReached()` and selector `0x957d2080`.
```solidity
error MaxNodesReached();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MaxNodesReached;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<MaxNodesReached> for UnderlyingRustTuple<'_> {
            fn from(value: MaxNodesReached) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MaxNodesReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MaxNodesReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MaxNodesReached()";
            const SELECTOR: [u8; 4] = [149u8, 125u8, 32u8, 128u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NodeAlreadyInState(uint32,bool)` and selector `0x28c03abc`.
```solidity
error NodeAlreadyInState(uint32 nodeId, bool disabled);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NodeAlreadyInState {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub disabled: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32, bool);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NodeAlreadyInState> for UnderlyingRustTuple<'_> {
            fn from(value: NodeAlreadyInState) -> Self {
                (value.nodeId, value.disabled)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NodeAlreadyInState {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    nodeId: tuple.0,
                    disabled: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NodeAlreadyInState {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NodeAlreadyInState(uint32,bool)";
            const SELECTOR: [u8; 4] = [40u8, 192u8, 58u8, 188u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.disabled,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NodeNotFound(uint32)` and selector `0x49534fc7`.
```solidity
error NodeNotFound(uint32 nodeId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NodeNotFound {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NodeNotFound> for UnderlyingRustTuple<'_> {
            fn from(value: NodeNotFound) -> Self {
                (value.nodeId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NodeNotFound {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { nodeId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NodeNotFound {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NodeNotFound(uint32)";
            const SELECTOR: [u8; 4] = [73u8, 83u8, 79u8, 199u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotInitializing()` and selector `0xd7e6bcf8`.
```solidity
error NotInitializing();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotInitializing;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotInitializing> for UnderlyingRustTuple<'_> {
            fn from(value: NotInitializing) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotInitializing {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotInitializing {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotInitializing()";
            const SELECTOR: [u8; 4] = [215u8, 230u8, 188u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotNodeOwner(uint32,address)` and selector `0x69edaef7`.
```solidity
error NotNodeOwner(uint32 nodeId, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotNodeOwner {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotNodeOwner> for UnderlyingRustTuple<'_> {
            fn from(value: NotNodeOwner) -> Self {
                (value.nodeId, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotNodeOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    nodeId: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotNodeOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotNodeOwner(uint32,address)";
            const SELECTOR: [u8; 4] = [105u8, 237u8, 174u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OwnerAlreadyHasNode(address,uint32)` and selector `0xa6e8a2ae`.
```solidity
error OwnerAlreadyHasNode(address owner, uint32 nodeId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OwnerAlreadyHasNode {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OwnerAlreadyHasNode> for UnderlyingRustTuple<'_> {
            fn from(value: OwnerAlreadyHasNode) -> Self {
                (value.owner, value.nodeId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OwnerAlreadyHasNode {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    owner: tuple.0,
                    nodeId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OwnerAlreadyHasNode {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OwnerAlreadyHasNode(address,uint32)";
            const SELECTOR: [u8; 4] = [166u8, 232u8, 162u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SignerAlreadyRegistered(address,uint32)` and selector `0x81bd3229`.
```solidity
error SignerAlreadyRegistered(address signer, uint32 nodeId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignerAlreadyRegistered {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SignerAlreadyRegistered> for UnderlyingRustTuple<'_> {
            fn from(value: SignerAlreadyRegistered) -> Self {
                (value.signer, value.nodeId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignerAlreadyRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signer: tuple.0,
                    nodeId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SignerAlreadyRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SignerAlreadyRegistered(address,uint32)";
            const SELECTOR: [u8; 4] = [129u8, 189u8, 50u8, 41u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferNotAllowed()` and selector `0x8cd22d19`.
```solidity
error TransferNotAllowed();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferNotAllowed;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferNotAllowed> for UnderlyingRustTuple<'_> {
            fn from(value: TransferNotAllowed) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferNotAllowed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferNotAllowed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferNotAllowed()";
            const SELECTOR: [u8; 4] = [140u8, 210u8, 45u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnauthorizedCallContext()` and selector `0xe07c8dba`.
```solidity
error UUPSUnauthorizedCallContext();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnauthorizedCallContext;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnauthorizedCallContext>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnauthorizedCallContext) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnauthorizedCallContext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnauthorizedCallContext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnauthorizedCallContext()";
            const SELECTOR: [u8; 4] = [224u8, 124u8, 141u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnsupportedProxiableUUID(bytes32)` and selector `0xaa1d49a4`.
```solidity
error UUPSUnsupportedProxiableUUID(bytes32 slot);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnsupportedProxiableUUID {
        #[allow(missing_docs)]
        pub slot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnsupportedProxiableUUID>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnsupportedProxiableUUID) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnsupportedProxiableUUID {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnsupportedProxiableUUID {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnsupportedProxiableUUID(bytes32)";
            const SELECTOR: [u8; 4] = [170u8, 29u8, 73u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
```solidity
error ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Approval(address,address,uint256)` and selector `0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925`.
```solidity
event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Approval {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub approved: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Approval {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "Approval(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                140u8, 91u8, 225u8, 229u8, 235u8, 236u8, 125u8, 91u8, 209u8, 79u8, 113u8,
                66u8, 125u8, 30u8, 132u8, 243u8, 221u8, 3u8, 20u8, 192u8, 247u8, 178u8,
                41u8, 30u8, 91u8, 32u8, 10u8, 200u8, 199u8, 195u8, 185u8, 37u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    approved: topics.2,
                    tokenId: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.owner.clone(),
                    self.approved.clone(),
                    self.tokenId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.approved,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Approval {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Approval> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Approval) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ApprovalForAll(address,address,bool)` and selector `0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31`.
```solidity
event ApprovalForAll(address indexed owner, address indexed operator, bool approved);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ApprovalForAll {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub approved: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ApprovalForAll {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ApprovalForAll(address,address,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                23u8, 48u8, 126u8, 171u8, 57u8, 171u8, 97u8, 7u8, 232u8, 137u8, 152u8,
                69u8, 173u8, 61u8, 89u8, 189u8, 150u8, 83u8, 242u8, 0u8, 242u8, 32u8,
                146u8, 4u8, 137u8, 202u8, 43u8, 89u8, 55u8, 105u8, 108u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    owner: topics.1,
                    operator: topics.2,
                    approved: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.approved,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.owner.clone(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ApprovalForAll {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ApprovalForAll> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ApprovalForAll) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `HttpAddressUpdated(uint32,string,string)` and selector `0x022e316814a8b9c12e4a7f7bb49deb1396c52a34cd00e255c80a7a2b66ec6a69`.
```solidity
event HttpAddressUpdated(uint32 indexed nodeId, string previousHttpAddress, string newHttpAddress);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HttpAddressUpdated {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub previousHttpAddress: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub newHttpAddress: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for HttpAddressUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "HttpAddressUpdated(uint32,string,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                2u8, 46u8, 49u8, 104u8, 20u8, 168u8, 185u8, 193u8, 46u8, 74u8, 127u8,
                123u8, 180u8, 157u8, 235u8, 19u8, 150u8, 197u8, 42u8, 52u8, 205u8, 0u8,
                226u8, 85u8, 200u8, 10u8, 122u8, 43u8, 102u8, 236u8, 106u8, 105u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeId: topics.1,
                    previousHttpAddress: data.0,
                    newHttpAddress: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.previousHttpAddress,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.newHttpAddress,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.nodeId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for HttpAddressUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HttpAddressUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &HttpAddressUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint64)` and selector `0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2`.
```solidity
event Initialized(uint64 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub version: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Initialized(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { version: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NodeAdded(uint32,address,address,bytes,string)` and selector `0x9b385c30e390e1e15ab8a2e34c4caa40b3c59882c17185fcbc3f87b2bf6658a4`.
```solidity
event NodeAdded(uint32 indexed nodeId, address indexed owner, address indexed signer, bytes signingPublicKey, string httpAddress);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NodeAdded {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub httpAddress: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NodeAdded {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "NodeAdded(uint32,address,address,bytes,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                155u8, 56u8, 92u8, 48u8, 227u8, 144u8, 225u8, 225u8, 90u8, 184u8, 162u8,
                227u8, 76u8, 76u8, 170u8, 64u8, 179u8, 197u8, 152u8, 130u8, 193u8, 113u8,
                133u8, 252u8, 188u8, 63u8, 135u8, 178u8, 191u8, 102u8, 88u8, 164u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeId: topics.1,
                    owner: topics.2,
                    signer: topics.3,
                    signingPublicKey: data.0,
                    httpAddress: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.httpAddress,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.nodeId.clone(),
                    self.owner.clone(),
                    self.signer.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.signer,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NodeAdded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NodeAdded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NodeAdded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NodeDisabled(uint32)` and selector `0xc4cc1e45ecbaa28b36abc2521426e0b2776e84f8913f6cd15f2440b6744092ea`.
```solidity
event NodeDisabled(uint32 indexed nodeId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NodeDisabled {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NodeDisabled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "NodeDisabled(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                196u8, 204u8, 30u8, 69u8, 236u8, 186u8, 162u8, 139u8, 54u8, 171u8, 194u8,
                82u8, 20u8, 38u8, 224u8, 178u8, 119u8, 110u8, 132u8, 248u8, 145u8, 63u8,
                108u8, 209u8, 95u8, 36u8, 64u8, 182u8, 116u8, 64u8, 146u8, 234u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { nodeId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.nodeId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NodeDisabled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NodeDisabled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NodeDisabled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NodeEnabled(uint32)` and selector `0x0f32aa6c2aea35cf24ab5543678a5247f84a9b81dd0b38b92ea874752481090c`.
```solidity
event NodeEnabled(uint32 indexed nodeId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NodeEnabled {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NodeEnabled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "NodeEnabled(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                15u8, 50u8, 170u8, 108u8, 42u8, 234u8, 53u8, 207u8, 36u8, 171u8, 85u8,
                67u8, 103u8, 138u8, 82u8, 71u8, 248u8, 74u8, 155u8, 129u8, 221u8, 11u8,
                56u8, 185u8, 46u8, 168u8, 116u8, 117u8, 36u8, 129u8, 9u8, 12u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { nodeId: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.nodeId.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NodeEnabled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NodeEnabled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NodeEnabled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NodeSetUpdated(bytes32,uint256)` and selector `0x5fda593ef015b1584db4b4a668a63f7a3a6325d76ef95eb7b404842af52c47e9`.
```solidity
event NodeSetUpdated(bytes32 nodeSetHash, uint256 size);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NodeSetUpdated {
        #[allow(missing_docs)]
        pub nodeSetHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NodeSetUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "NodeSetUpdated(bytes32,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                95u8, 218u8, 89u8, 62u8, 240u8, 21u8, 177u8, 88u8, 77u8, 180u8, 180u8,
                166u8, 104u8, 166u8, 63u8, 122u8, 58u8, 99u8, 37u8, 215u8, 110u8, 249u8,
                94u8, 183u8, 180u8, 4u8, 132u8, 42u8, 245u8, 44u8, 71u8, 233u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeSetHash: data.0,
                    size: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeSetHash),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NodeSetUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NodeSetUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NodeSetUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NodeTransferred(uint32,address,address)` and selector `0x8963d5ac08e58384e30b21ae20600a53d46ca68e214ee29db591cc6a402f3efb`.
```solidity
event NodeTransferred(uint32 indexed nodeId, address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct NodeTransferred {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NodeTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "NodeTransferred(uint32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                137u8, 99u8, 213u8, 172u8, 8u8, 229u8, 131u8, 132u8, 227u8, 11u8, 33u8,
                174u8, 32u8, 96u8, 10u8, 83u8, 212u8, 108u8, 166u8, 142u8, 33u8, 78u8,
                226u8, 157u8, 181u8, 145u8, 204u8, 106u8, 64u8, 47u8, 62u8, 251u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeId: topics.1,
                    previousOwner: topics.2,
                    newOwner: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.nodeId.clone(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NodeTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NodeTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NodeTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PayersUpdated(address,address)` and selector `0x35d8de039e93812ac82d17367b21d5499486c099046b3b8a8b564266567368a1`.
```solidity
event PayersUpdated(address previousPayers, address newPayers);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PayersUpdated {
        #[allow(missing_docs)]
        pub previousPayers: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newPayers: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PayersUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "PayersUpdated(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                53u8, 216u8, 222u8, 3u8, 158u8, 147u8, 129u8, 42u8, 200u8, 45u8, 23u8,
                54u8, 123u8, 33u8, 213u8, 73u8, 148u8, 134u8, 192u8, 153u8, 4u8, 107u8,
                59u8, 138u8, 139u8, 86u8, 66u8, 102u8, 86u8, 115u8, 104u8, 161u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousPayers: data.0,
                    newPayers: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.previousPayers,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newPayers,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PayersUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PayersUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PayersUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SelectionManagerUpdated(address,address)` and selector `0xa16cce0b501ffb08da07be7ca8807c14112fd99a363b7901bfb9544b1ef3b3d8`.
```solidity
event SelectionManagerUpdated(address previousSelectionManager, address newSelectionManager);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SelectionManagerUpdated {
        #[allow(missing_docs)]
        pub previousSelectionManager: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newSelectionManager: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SelectionManagerUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "SelectionManagerUpdated(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                161u8, 108u8, 206u8, 11u8, 80u8, 31u8, 251u8, 8u8, 218u8, 7u8, 190u8,
                124u8, 168u8, 128u8, 124u8, 20u8, 17u8, 47u8, 217u8, 154u8, 54u8, 59u8,
                121u8, 1u8, 191u8, 185u8, 84u8, 75u8, 30u8, 243u8, 179u8, 216u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousSelectionManager: data.0,
                    newSelectionManager: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.previousSelectionManager,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newSelectionManager,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SelectionManagerUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SelectionManagerUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &SelectionManagerUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SignerRetired(uint32,address,address,uint64)` and selector `0x680fe6984b108c577a4d53b07f9af75ed4c86041b45514788f7afa2144b8e220`.
```solidity
event SignerRetired(uint32 indexed nodeId, address indexed signer, address indexed owner, uint64 lastCoveredSequenceId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SignerRetired {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub lastCoveredSequenceId: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SignerRetired {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SignerRetired(uint32,address,address,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                104u8, 15u8, 230u8, 152u8, 75u8, 16u8, 140u8, 87u8, 122u8, 77u8, 83u8,
                176u8, 127u8, 154u8, 247u8, 94u8, 212u8, 200u8, 96u8, 65u8, 180u8, 85u8,
                20u8, 120u8, 143u8, 122u8, 250u8, 33u8, 68u8, 184u8, 226u8, 32u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeId: topics.1,
                    signer: topics.2,
                    owner: topics.3,
                    lastCoveredSequenceId: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(
                        &self.lastCoveredSequenceId,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.nodeId.clone(),
                    self.signer.clone(),
                    self.owner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.signer,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.owner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SignerRetired {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SignerRetired> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SignerRetired) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SigningKeyRotated(uint32,address,address,bytes)` and selector `0xcb0ab0931dd668b5c8a45e4a0163706fc277080b70fb586d3433903b55eeb827`.
```solidity
event SigningKeyRotated(uint32 indexed nodeId, address indexed previousSigner, address indexed newSigner, bytes signingPublicKey);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SigningKeyRotated {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub previousSigner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newSigner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SigningKeyRotated {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SigningKeyRotated(uint32,address,address,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                203u8, 10u8, 176u8, 147u8, 29u8, 214u8, 104u8, 181u8, 200u8, 164u8, 94u8,
                74u8, 1u8, 99u8, 112u8, 111u8, 194u8, 119u8, 8u8, 11u8, 112u8, 251u8,
                88u8, 109u8, 52u8, 51u8, 144u8, 59u8, 85u8, 238u8, 184u8, 39u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    nodeId: topics.1,
                    previousSigner: topics.2,
                    newSigner: topics.3,
                    signingPublicKey: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.nodeId.clone(),
                    self.previousSigner.clone(),
                    self.newSigner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.nodeId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousSigner,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newSigner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SigningKeyRotated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SigningKeyRotated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SigningKeyRotated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Transfer(address,address,uint256)` and selector `0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef`.
```solidity
event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Transfer {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Transfer {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "Transfer(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                221u8, 242u8, 82u8, 173u8, 27u8, 226u8, 200u8, 155u8, 105u8, 194u8,
                176u8, 104u8, 252u8, 55u8, 141u8, 170u8, 149u8, 43u8, 167u8, 241u8, 99u8,
                196u8, 161u8, 22u8, 40u8, 245u8, 90u8, 77u8, 245u8, 35u8, 179u8, 239u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    from: topics.1,
                    to: topics.2,
                    tokenId: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.from.clone(),
                    self.to.clone(),
                    self.tokenId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.tokenId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Transfer {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Transfer> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Transfer) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Upgraded(address)` and selector `0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b`.
```solidity
event Upgraded(address indexed implementation);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Upgraded {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Upgraded {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Upgraded(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { implementation: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.implementation.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.implementation,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Upgraded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Upgraded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Upgraded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_HTTP_ADDRESS_LENGTH()` and selector `0x39017296`.
```solidity
function MAX_HTTP_ADDRESS_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_HTTP_ADDRESS_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_HTTP_ADDRESS_LENGTH()`](MAX_HTTP_ADDRESS_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_HTTP_ADDRESS_LENGTHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_HTTP_ADDRESS_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_HTTP_ADDRESS_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_HTTP_ADDRESS_LENGTHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_HTTP_ADDRESS_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_HTTP_ADDRESS_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_HTTP_ADDRESS_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_HTTP_ADDRESS_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_HTTP_ADDRESS_LENGTH()";
            const SELECTOR: [u8; 4] = [57u8, 1u8, 114u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_HTTP_ADDRESS_LENGTHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_HTTP_ADDRESS_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `NODE_INCREMENT()` and selector `0xfd667d1e`.
```solidity
function NODE_INCREMENT() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NODE_INCREMENTCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`NODE_INCREMENT()`](NODE_INCREMENTCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NODE_INCREMENTReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<NODE_INCREMENTCall> for UnderlyingRustTuple<'_> {
                fn from(value: NODE_INCREMENTCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for NODE_INCREMENTCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<NODE_INCREMENTReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: NODE_INCREMENTReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for NODE_INCREMENTReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for NODE_INCREMENTCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NODE_INCREMENT()";
            const SELECTOR: [u8; 4] = [253u8, 102u8, 125u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: NODE_INCREMENTReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: NODE_INCREMENTReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `NODE_MANAGER_ROLE()` and selector `0xd59f9fe0`.
```solidity
function NODE_MANAGER_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NODE_MANAGER_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`NODE_MANAGER_ROLE()`](NODE_MANAGER_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NODE_MANAGER_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<NODE_MANAGER_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: NODE_MANAGER_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for NODE_MANAGER_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<NODE_MANAGER_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: NODE_MANAGER_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for NODE_MANAGER_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for NODE_MANAGER_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NODE_MANAGER_ROLE()";
            const SELECTOR: [u8; 4] = [213u8, 159u8, 159u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: NODE_MANAGER_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: NODE_MANAGER_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `UPGRADE_INTERFACE_VERSION()` and selector `0xad3cb1cc`.
```solidity
function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`UPGRADE_INTERFACE_VERSION()`](UPGRADE_INTERFACE_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for UPGRADE_INTERFACE_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UPGRADE_INTERFACE_VERSION()";
            const SELECTOR: [u8; 4] = [173u8, 60u8, 177u8, 204u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `addNode(address,bytes,string)` and selector `0xa0eae81d`.
```solidity
function addNode(address owner, bytes memory signingPublicKey, string memory httpAddress) external returns (uint32 nodeId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addNodeCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub httpAddress: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`addNode(address,bytes,string)`](addNodeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addNodeReturn {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::String,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<addNodeCall> for UnderlyingRustTuple<'_> {
                fn from(value: addNodeCall) -> Self {
                    (value.owner, value.signingPublicKey, value.httpAddress)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addNodeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        signingPublicKey: tuple.1,
                        httpAddress: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<addNodeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: addNodeReturn) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addNodeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addNodeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addNode(address,bytes,string)";
            const SELECTOR: [u8; 4] = [160u8, 234u8, 232u8, 29u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.httpAddress,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: addNodeReturn = r.into();
                        r.nodeId
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: addNodeReturn = r.into();
                        r.nodeId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `approve(address,uint256)` and selector `0x095ea7b3`.
```solidity
function approve(address, uint256) external pure;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`approve(address,uint256)`](approveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveCall) -> Self {
                    (value._0, value._1)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0, _1: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: approveReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl approveReturn {
            fn _tokenize(
                &self,
            ) -> <approveCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for approveCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "approve(address,uint256)";
            const SELECTOR: [u8; 4] = [9u8, 94u8, 167u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self._1),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                approveReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `balanceOf(address)` and selector `0x70a08231`.
```solidity
function balanceOf(address owner) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`balanceOf(address)`](balanceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct balanceOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<balanceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: balanceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for balanceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for balanceOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "balanceOf(address)";
            const SELECTOR: [u8; 4] = [112u8, 160u8, 130u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: balanceOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: balanceOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `disableNode(uint32)` and selector `0x146fce0a`.
```solidity
function disableNode(uint32 nodeId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disableNodeCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    ///Container type for the return parameters of the [`disableNode(uint32)`](disableNodeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disableNodeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<disableNodeCall> for UnderlyingRustTuple<'_> {
                fn from(value: disableNodeCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disableNodeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<disableNodeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: disableNodeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disableNodeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl disableNodeReturn {
            fn _tokenize(
                &self,
            ) -> <disableNodeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for disableNodeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = disableNodeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "disableNode(uint32)";
            const SELECTOR: [u8; 4] = [20u8, 111u8, 206u8, 10u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                disableNodeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `enableNode(uint32)` and selector `0x6aaf977e`.
```solidity
function enableNode(uint32 nodeId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enableNodeCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    ///Container type for the return parameters of the [`enableNode(uint32)`](enableNodeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enableNodeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<enableNodeCall> for UnderlyingRustTuple<'_> {
                fn from(value: enableNodeCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for enableNodeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<enableNodeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: enableNodeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for enableNodeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl enableNodeReturn {
            fn _tokenize(
                &self,
            ) -> <enableNodeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for enableNodeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = enableNodeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "enableNode(uint32)";
            const SELECTOR: [u8; 4] = [106u8, 175u8, 151u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                enableNodeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `enabledNodeIds()` and selector `0xb978e54b`.
```solidity
function enabledNodeIds() external view returns (uint32[] memory nodeIds);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enabledNodeIdsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`enabledNodeIds()`](enabledNodeIdsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enabledNodeIdsReturn {
        #[allow(missing_docs)]
        pub nodeIds: alloy::sol_types::private::Vec<u32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<enabledNodeIdsCall> for UnderlyingRustTuple<'_> {
                fn from(value: enabledNodeIdsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for enabledNodeIdsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Vec<u32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<enabledNodeIdsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: enabledNodeIdsReturn) -> Self {
                    (value.nodeIds,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for enabledNodeIdsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeIds: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for enabledNodeIdsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<u32>;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "enabledNodeIds()";
            const SELECTOR: [u8; 4] = [185u8, 120u8, 229u8, 75u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: enabledNodeIdsReturn = r.into();
                        r.nodeIds
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: enabledNodeIdsReturn = r.into();
                        r.nodeIds
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getApproved(uint256)` and selector `0x081812fc`.
```solidity
function getApproved(uint256 tokenId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getApprovedCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getApproved(uint256)`](getApprovedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getApprovedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getApprovedCall> for UnderlyingRustTuple<'_> {
                fn from(value: getApprovedCall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getApprovedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getApprovedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getApprovedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getApprovedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getApprovedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getApproved(uint256)";
            const SELECTOR: [u8; 4] = [8u8, 24u8, 18u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getApprovedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getApprovedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getNode(uint32)` and selector `0xe06f876f`.
```solidity
function getNode(uint32 nodeId) external view returns (INodes.Node memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getNodeCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getNode(uint32)`](getNodeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getNodeReturn {
        #[allow(missing_docs)]
        pub _0: <INodes::Node as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getNodeCall> for UnderlyingRustTuple<'_> {
                fn from(value: getNodeCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getNodeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (INodes::Node,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <INodes::Node as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getNodeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getNodeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getNodeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getNodeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <INodes::Node as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (INodes::Node,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getNode(uint32)";
            const SELECTOR: [u8; 4] = [224u8, 111u8, 135u8, 111u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<INodes::Node as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getNodeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getNodeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getNodes(uint32,uint256)` and selector `0xf18235ce`.
```solidity
function getNodes(uint32 fromNodeId, uint256 limit) external view returns (uint32[] memory nodeIds, INodes.Node[] memory nodeRecords);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getNodesCall {
        #[allow(missing_docs)]
        pub fromNodeId: u32,
        #[allow(missing_docs)]
        pub limit: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getNodes(uint32,uint256)`](getNodesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getNodesReturn {
        #[allow(missing_docs)]
        pub nodeIds: alloy::sol_types::private::Vec<u32>,
        #[allow(missing_docs)]
        pub nodeRecords: alloy::sol_types::private::Vec<
            <INodes::Node as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getNodesCall> for UnderlyingRustTuple<'_> {
                fn from(value: getNodesCall) -> Self {
                    (value.fromNodeId, value.limit)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getNodesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fromNodeId: tuple.0,
                        limit: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
                alloy::sol_types::sol_data::Array<INodes::Node>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<u32>,
                alloy::sol_types::private::Vec<
                    <INodes::Node as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getNodesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getNodesReturn) -> Self {
                    (value.nodeIds, value.nodeRecords)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getNodesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeIds: tuple.0,
                        nodeRecords: tuple.1,
                    }
                }
            }
        }
        impl getNodesReturn {
            fn _tokenize(
                &self,
            ) -> <getNodesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeIds),
                    <alloy::sol_types::sol_data::Array<
                        INodes::Node,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeRecords),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getNodesCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getNodesReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
                alloy::sol_types::sol_data::Array<INodes::Node>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getNodes(uint32,uint256)";
            const SELECTOR: [u8; 4] = [241u8, 130u8, 53u8, 206u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromNodeId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.limit),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getNodesReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getSigner(uint32)` and selector `0x68501a3e`.
```solidity
function getSigner(uint32 nodeId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSignerCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getSigner(uint32)`](getSignerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSignerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSignerCall> for UnderlyingRustTuple<'_> {
                fn from(value: getSignerCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSignerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSignerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getSignerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSignerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getSignerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getSigner(uint32)";
            const SELECTOR: [u8; 4] = [104u8, 80u8, 26u8, 62u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getSignerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getSignerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `initialize(address)` and selector `0xc4d66de8`.
```solidity
function initialize(address admin) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`initialize(address)`](initializeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeCall> for UnderlyingRustTuple<'_> {
                fn from(value: initializeCall) -> Self {
                    (value.admin,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { admin: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: initializeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl initializeReturn {
            fn _tokenize(
                &self,
            ) -> <initializeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for initializeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = initializeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "initialize(address)";
            const SELECTOR: [u8; 4] = [196u8, 214u8, 109u8, 232u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                initializeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isApprovedForAll(address,address)` and selector `0xe985e9c5`.
```solidity
function isApprovedForAll(address owner, address operator) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedForAllCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isApprovedForAll(address,address)`](isApprovedForAllCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedForAllReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedForAllCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedForAllCall) -> Self {
                    (value.owner, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isApprovedForAllCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        owner: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedForAllReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedForAllReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isApprovedForAllReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isApprovedForAllCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isApprovedForAll(address,address)";
            const SELECTOR: [u8; 4] = [233u8, 133u8, 233u8, 197u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isApprovedForAllReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isApprovedForAllReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isEnabled(uint32)` and selector `0x5f91d406`.
```solidity
function isEnabled(uint32 nodeId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEnabledCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isEnabled(uint32)`](isEnabledCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEnabledReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEnabledCall> for UnderlyingRustTuple<'_> {
                fn from(value: isEnabledCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEnabledCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEnabledReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isEnabledReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEnabledReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isEnabledCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isEnabled(uint32)";
            const SELECTOR: [u8; 4] = [95u8, 145u8, 212u8, 6u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isEnabledReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isEnabledReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isSigner(uint32,address)` and selector `0x88df8868`.
```solidity
function isSigner(uint32 nodeId, address signer) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSignerCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isSigner(uint32,address)`](isSignerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSignerReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isSignerCall> for UnderlyingRustTuple<'_> {
                fn from(value: isSignerCall) -> Self {
                    (value.nodeId, value.signer)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSignerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeId: tuple.0,
                        signer: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isSignerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isSignerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSignerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isSignerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isSigner(uint32,address)";
            const SELECTOR: [u8; 4] = [136u8, 223u8, 136u8, 104u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isSignerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isSignerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `name()` and selector `0x06fdde03`.
```solidity
function name() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`name()`](nameCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nameReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameCall> for UnderlyingRustTuple<'_> {
                fn from(value: nameCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nameReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nameReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nameReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nameCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "name()";
            const SELECTOR: [u8; 4] = [6u8, 253u8, 222u8, 3u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nameReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nameReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodeCount()` and selector `0x6da49b83`.
```solidity
function nodeCount() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodeCount()`](nodeCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeCountReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodeCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeCountCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodeCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodeCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodeCount()";
            const SELECTOR: [u8; 4] = [109u8, 164u8, 155u8, 131u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodeCountReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodeCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodeExists(uint32)` and selector `0xf231af32`.
```solidity
function nodeExists(uint32 nodeId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeExistsCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodeExists(uint32)`](nodeExistsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeExistsReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeExistsCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodeExistsCall) -> Self {
                    (value.nodeId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeExistsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeExistsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodeExistsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeExistsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodeExistsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodeExists(uint32)";
            const SELECTOR: [u8; 4] = [242u8, 49u8, 175u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodeExistsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodeExistsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodeIdOf(address)` and selector `0x380940fb`.
```solidity
function nodeIdOf(address owner) external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeIdOfCall {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodeIdOf(address)`](nodeIdOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeIdOfReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeIdOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodeIdOfCall) -> Self {
                    (value.owner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeIdOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { owner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeIdOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodeIdOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeIdOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodeIdOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodeIdOf(address)";
            const SELECTOR: [u8; 4] = [56u8, 9u8, 64u8, 251u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.owner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodeIdOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodeIdOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodeIdOfSigner(address)` and selector `0x9af533f1`.
```solidity
function nodeIdOfSigner(address signer) external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeIdOfSignerCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodeIdOfSigner(address)`](nodeIdOfSignerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeIdOfSignerReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeIdOfSignerCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodeIdOfSignerCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeIdOfSignerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeIdOfSignerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: nodeIdOfSignerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for nodeIdOfSignerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodeIdOfSignerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodeIdOfSigner(address)";
            const SELECTOR: [u8; 4] = [154u8, 245u8, 51u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodeIdOfSignerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodeIdOfSignerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodeSet()` and selector `0x57d863cb`.
```solidity
function nodeSet() external view returns (bytes32 nodeSetHash, uint256 size);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeSetCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodeSet()`](nodeSetCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodeSetReturn {
        #[allow(missing_docs)]
        pub nodeSetHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeSetCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodeSetCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeSetCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodeSetReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodeSetReturn) -> Self {
                    (value.nodeSetHash, value.size)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodeSetReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeSetHash: tuple.0,
                        size: tuple.1,
                    }
                }
            }
        }
        impl nodeSetReturn {
            fn _tokenize(
                &self,
            ) -> <nodeSetCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeSetHash),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodeSetCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = nodeSetReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodeSet()";
            const SELECTOR: [u8; 4] = [87u8, 216u8, 99u8, 203u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                nodeSetReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ownerOf(uint256)` and selector `0x6352211e`.
```solidity
function ownerOf(uint256 tokenId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerOfCall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ownerOf(uint256)`](ownerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerOfCall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ownerOf(uint256)";
            const SELECTOR: [u8; 4] = [99u8, 82u8, 33u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: ownerOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: ownerOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `payers()` and selector `0x2750c751`.
```solidity
function payers() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payersCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`payers()`](payersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payersReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payersCall> for UnderlyingRustTuple<'_> {
                fn from(value: payersCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: payersReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for payersCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "payers()";
            const SELECTOR: [u8; 4] = [39u8, 80u8, 199u8, 81u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: payersReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: payersReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proxiableUUID()` and selector `0x52d1902d`.
```solidity
function proxiableUUID() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proxiableUUID()`](proxiableUUIDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDCall> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proxiableUUIDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proxiableUUID()";
            const SELECTOR: [u8; 4] = [82u8, 209u8, 144u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorumView(uint32[])` and selector `0xd68379b1`.
```solidity
function quorumView(uint32[] memory nodeIds) external view returns (bytes32 nodeSetHash, uint256 size, address[] memory signers);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumViewCall {
        #[allow(missing_docs)]
        pub nodeIds: alloy::sol_types::private::Vec<u32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorumView(uint32[])`](quorumViewCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumViewReturn {
        #[allow(missing_docs)]
        pub nodeSetHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub size: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signers: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Vec<u32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumViewCall> for UnderlyingRustTuple<'_> {
                fn from(value: quorumViewCall) -> Self {
                    (value.nodeIds,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumViewCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { nodeIds: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quorumViewReturn> for UnderlyingRustTuple<'_> {
                fn from(value: quorumViewReturn) -> Self {
                    (value.nodeSetHash, value.size, value.signers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumViewReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeSetHash: tuple.0,
                        size: tuple.1,
                        signers: tuple.2,
                    }
                }
            }
        }
        impl quorumViewReturn {
            fn _tokenize(
                &self,
            ) -> <quorumViewCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeSetHash),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.signers),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumViewCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = quorumViewReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorumView(uint32[])";
            const SELECTOR: [u8; 4] = [214u8, 131u8, 121u8, 177u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeIds),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                quorumViewReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `rotateSigningKey(uint32,bytes)` and selector `0x73506c2d`.
```solidity
function rotateSigningKey(uint32 nodeId, bytes memory signingPublicKey) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rotateSigningKeyCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`rotateSigningKey(uint32,bytes)`](rotateSigningKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rotateSigningKeyReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Bytes);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rotateSigningKeyCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: rotateSigningKeyCall) -> Self {
                    (value.nodeId, value.signingPublicKey)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for rotateSigningKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeId: tuple.0,
                        signingPublicKey: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rotateSigningKeyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: rotateSigningKeyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for rotateSigningKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rotateSigningKeyReturn {
            fn _tokenize(
                &self,
            ) -> <rotateSigningKeyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rotateSigningKeyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = rotateSigningKeyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rotateSigningKey(uint32,bytes)";
            const SELECTOR: [u8; 4] = [115u8, 80u8, 108u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rotateSigningKeyReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `safeTransferFrom(address,address,uint256)` and selector `0x42842e0e`.
```solidity
function safeTransferFrom(address from, address to, uint256 tokenId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_0Call {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`safeTransferFrom(address,address,uint256)`](safeTransferFrom_0Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_0Return {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_0Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_0Call) -> Self {
                    (value.from, value.to, value.tokenId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for safeTransferFrom_0Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        tokenId: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_0Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_0Return) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for safeTransferFrom_0Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl safeTransferFrom_0Return {
            fn _tokenize(
                &self,
            ) -> <safeTransferFrom_0Call as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for safeTransferFrom_0Call {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = safeTransferFrom_0Return;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "safeTransferFrom(address,address,uint256)";
            const SELECTOR: [u8; 4] = [66u8, 132u8, 46u8, 14u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                safeTransferFrom_0Return::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `safeTransferFrom(address,address,uint256,bytes)` and selector `0xb88d4fde`.
```solidity
function safeTransferFrom(address from, address to, uint256 tokenId, bytes memory data) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_1Call {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`safeTransferFrom(address,address,uint256,bytes)`](safeTransferFrom_1Call) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct safeTransferFrom_1Return {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_1Call>
            for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_1Call) -> Self {
                    (value.from, value.to, value.tokenId, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for safeTransferFrom_1Call {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        tokenId: tuple.2,
                        data: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<safeTransferFrom_1Return>
            for UnderlyingRustTuple<'_> {
                fn from(value: safeTransferFrom_1Return) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for safeTransferFrom_1Return {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl safeTransferFrom_1Return {
            fn _tokenize(
                &self,
            ) -> <safeTransferFrom_1Call as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for safeTransferFrom_1Call {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = safeTransferFrom_1Return;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "safeTransferFrom(address,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [184u8, 141u8, 79u8, 222u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                safeTransferFrom_1Return::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `selectionManager()` and selector `0x3e91adca`.
```solidity
function selectionManager() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`selectionManager()`](selectionManagerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for selectionManagerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "selectionManager()";
            const SELECTOR: [u8; 4] = [62u8, 145u8, 173u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setApprovalForAll(address,bool)` and selector `0xa22cb465`.
```solidity
function setApprovalForAll(address, bool) external pure;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setApprovalForAllCall {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub _1: bool,
    }
    ///Container type for the return parameters of the [`setApprovalForAll(address,bool)`](setApprovalForAllCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setApprovalForAllReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setApprovalForAllCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setApprovalForAllCall) -> Self {
                    (value._0, value._1)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setApprovalForAllCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0, _1: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setApprovalForAllReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setApprovalForAllReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setApprovalForAllReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setApprovalForAllReturn {
            fn _tokenize(
                &self,
            ) -> <setApprovalForAllCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setApprovalForAllCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setApprovalForAllReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setApprovalForAll(address,bool)";
            const SELECTOR: [u8; 4] = [162u8, 44u8, 180u8, 101u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._0,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self._1,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setApprovalForAllReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setHttpAddress(uint32,string)` and selector `0xf84ce8b9`.
```solidity
function setHttpAddress(uint32 nodeId, string memory httpAddress) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHttpAddressCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub httpAddress: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`setHttpAddress(uint32,string)`](setHttpAddressCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHttpAddressReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::String);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHttpAddressCall> for UnderlyingRustTuple<'_> {
                fn from(value: setHttpAddressCall) -> Self {
                    (value.nodeId, value.httpAddress)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setHttpAddressCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeId: tuple.0,
                        httpAddress: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHttpAddressReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setHttpAddressReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setHttpAddressReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setHttpAddressReturn {
            fn _tokenize(
                &self,
            ) -> <setHttpAddressCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setHttpAddressCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setHttpAddressReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setHttpAddress(uint32,string)";
            const SELECTOR: [u8; 4] = [248u8, 76u8, 232u8, 185u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.httpAddress,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setHttpAddressReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setPayers(address)` and selector `0x4ba696d2`.
```solidity
function setPayers(address payers_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPayersCall {
        #[allow(missing_docs)]
        pub payers_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setPayers(address)`](setPayersCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPayersReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPayersCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPayersCall) -> Self {
                    (value.payers_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPayersCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { payers_: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPayersReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPayersReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPayersReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPayersReturn {
            fn _tokenize(
                &self,
            ) -> <setPayersCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPayersCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPayersReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPayers(address)";
            const SELECTOR: [u8; 4] = [75u8, 166u8, 150u8, 210u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.payers_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPayersReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setSelectionManager(address)` and selector `0xbe6150a7`.
```solidity
function setSelectionManager(address selectionManager_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setSelectionManagerCall {
        #[allow(missing_docs)]
        pub selectionManager_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setSelectionManager(address)`](setSelectionManagerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setSelectionManagerReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setSelectionManagerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setSelectionManagerCall) -> Self {
                    (value.selectionManager_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setSelectionManagerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { selectionManager_: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setSelectionManagerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setSelectionManagerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setSelectionManagerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setSelectionManagerReturn {
            fn _tokenize(
                &self,
            ) -> <setSelectionManagerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setSelectionManagerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setSelectionManagerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setSelectionManager(address)";
            const SELECTOR: [u8; 4] = [190u8, 97u8, 80u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.selectionManager_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setSelectionManagerReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `signerOf(bytes)` and selector `0x0a860b72`.
```solidity
function signerOf(bytes memory signingPublicKey) external pure returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerOfCall {
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`signerOf(bytes)`](signerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: signerOfCall) -> Self {
                    (value.signingPublicKey,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signingPublicKey: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: signerOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signerOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signerOf(bytes)";
            const SELECTOR: [u8; 4] = [10u8, 134u8, 11u8, 114u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: signerOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: signerOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `signerRecord(address)` and selector `0xa042807b`.
```solidity
function signerRecord(address signer) external view returns (INodes.SignerRecord memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerRecordCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`signerRecord(address)`](signerRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerRecordReturn {
        #[allow(missing_docs)]
        pub _0: <INodes::SignerRecord as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: signerRecordCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (INodes::SignerRecord,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <INodes::SignerRecord as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: signerRecordReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signerRecordCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <INodes::SignerRecord as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (INodes::SignerRecord,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signerRecord(address)";
            const SELECTOR: [u8; 4] = [160u8, 66u8, 128u8, 123u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<INodes::SignerRecord as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: signerRecordReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: signerRecordReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `signerRetiredAt(address)` and selector `0x569c0afe`.
```solidity
function signerRetiredAt(address signer) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerRetiredAtCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`signerRetiredAt(address)`](signerRetiredAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signerRetiredAtReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerRetiredAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: signerRetiredAtCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signerRetiredAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<signerRetiredAtReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: signerRetiredAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for signerRetiredAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signerRetiredAtCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signerRetiredAt(address)";
            const SELECTOR: [u8; 4] = [86u8, 156u8, 10u8, 254u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: signerRetiredAtReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: signerRetiredAtReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `symbol()` and selector `0x95d89b41`.
```solidity
function symbol() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct symbolCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`symbol()`](symbolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct symbolReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<symbolCall> for UnderlyingRustTuple<'_> {
                fn from(value: symbolCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for symbolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<symbolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: symbolReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for symbolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for symbolCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "symbol()";
            const SELECTOR: [u8; 4] = [149u8, 216u8, 155u8, 65u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: symbolReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: symbolReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `tokenURI(uint256)` and selector `0xc87b56dd`.
```solidity
function tokenURI(uint256 tokenId) external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenURICall {
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tokenURI(uint256)`](tokenURICall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct tokenURIReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenURICall> for UnderlyingRustTuple<'_> {
                fn from(value: tokenURICall) -> Self {
                    (value.tokenId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenURICall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { tokenId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<tokenURIReturn> for UnderlyingRustTuple<'_> {
                fn from(value: tokenURIReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for tokenURIReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for tokenURICall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tokenURI(uint256)";
            const SELECTOR: [u8; 4] = [200u8, 123u8, 86u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: tokenURIReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: tokenURIReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferFrom(address,address,uint256)` and selector `0x23b872dd`.
```solidity
function transferFrom(address from, address to, uint256 tokenId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferFromCall {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub tokenId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`transferFrom(address,address,uint256)`](transferFromCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferFromReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferFromCall> for UnderlyingRustTuple<'_> {
                fn from(value: transferFromCall) -> Self {
                    (value.from, value.to, value.tokenId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferFromCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        tokenId: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferFromReturn> for UnderlyingRustTuple<'_> {
                fn from(value: transferFromReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferFromReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferFromReturn {
            fn _tokenize(
                &self,
            ) -> <transferFromCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferFromCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferFromReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferFrom(address,address,uint256)";
            const SELECTOR: [u8; 4] = [35u8, 184u8, 114u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokenId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferFromReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferNode(uint32,address)` and selector `0x74910882`.
```solidity
function transferNode(uint32 nodeId, address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferNodeCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferNode(uint32,address)`](transferNodeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferNodeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferNodeCall> for UnderlyingRustTuple<'_> {
                fn from(value: transferNodeCall) -> Self {
                    (value.nodeId, value.newOwner)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferNodeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeId: tuple.0,
                        newOwner: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferNodeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: transferNodeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferNodeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferNodeReturn {
            fn _tokenize(
                &self,
            ) -> <transferNodeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferNodeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferNodeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferNode(uint32,address)";
            const SELECTOR: [u8; 4] = [116u8, 145u8, 8u8, 130u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferNodeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferNodeWithKey(uint32,address,bytes)` and selector `0xfaaac846`.
```solidity
function transferNodeWithKey(uint32 nodeId, address newOwner, bytes memory signingPublicKey) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferNodeWithKeyCall {
        #[allow(missing_docs)]
        pub nodeId: u32,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signingPublicKey: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`transferNodeWithKey(uint32,address,bytes)`](transferNodeWithKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferNodeWithKeyReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferNodeWithKeyCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferNodeWithKeyCall) -> Self {
                    (value.nodeId, value.newOwner, value.signingPublicKey)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferNodeWithKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        nodeId: tuple.0,
                        newOwner: tuple.1,
                        signingPublicKey: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferNodeWithKeyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferNodeWithKeyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferNodeWithKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferNodeWithKeyReturn {
            fn _tokenize(
                &self,
            ) -> <transferNodeWithKeyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferNodeWithKeyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferNodeWithKeyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferNodeWithKey(uint32,address,bytes)";
            const SELECTOR: [u8; 4] = [250u8, 170u8, 200u8, 70u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nodeId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signingPublicKey,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferNodeWithKeyReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `upgradeToAndCall(address,bytes)` and selector `0x4f1ef286`.
```solidity
function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallCall {
        #[allow(missing_docs)]
        pub newImplementation: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`upgradeToAndCall(address,bytes)`](upgradeToAndCallCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallCall) -> Self {
                    (value.newImplementation, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newImplementation: tuple.0,
                        data: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl upgradeToAndCallReturn {
            fn _tokenize(
                &self,
            ) -> <upgradeToAndCallCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for upgradeToAndCallCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = upgradeToAndCallReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "upgradeToAndCall(address,bytes)";
            const SELECTOR: [u8; 4] = [79u8, 30u8, 242u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newImplementation,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                upgradeToAndCallReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`Nodes`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum NodesCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_HTTP_ADDRESS_LENGTH(MAX_HTTP_ADDRESS_LENGTHCall),
        #[allow(missing_docs)]
        NODE_INCREMENT(NODE_INCREMENTCall),
        #[allow(missing_docs)]
        NODE_MANAGER_ROLE(NODE_MANAGER_ROLECall),
        #[allow(missing_docs)]
        UPGRADE_INTERFACE_VERSION(UPGRADE_INTERFACE_VERSIONCall),
        #[allow(missing_docs)]
        addNode(addNodeCall),
        #[allow(missing_docs)]
        approve(approveCall),
        #[allow(missing_docs)]
        balanceOf(balanceOfCall),
        #[allow(missing_docs)]
        disableNode(disableNodeCall),
        #[allow(missing_docs)]
        enableNode(enableNodeCall),
        #[allow(missing_docs)]
        enabledNodeIds(enabledNodeIdsCall),
        #[allow(missing_docs)]
        getApproved(getApprovedCall),
        #[allow(missing_docs)]
        getNode(getNodeCall),
        #[allow(missing_docs)]
        getNodes(getNodesCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        getSigner(getSignerCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        initialize(initializeCall),
        #[allow(missing_docs)]
        isApprovedForAll(isApprovedForAllCall),
        #[allow(missing_docs)]
        isEnabled(isEnabledCall),
        #[allow(missing_docs)]
        isSigner(isSignerCall),
        #[allow(missing_docs)]
        name(nameCall),
        #[allow(missing_docs)]
        nodeCount(nodeCountCall),
        #[allow(missing_docs)]
        nodeExists(nodeExistsCall),
        #[allow(missing_docs)]
        nodeIdOf(nodeIdOfCall),
        #[allow(missing_docs)]
        nodeIdOfSigner(nodeIdOfSignerCall),
        #[allow(missing_docs)]
        nodeSet(nodeSetCall),
        #[allow(missing_docs)]
        ownerOf(ownerOfCall),
        #[allow(missing_docs)]
        payers(payersCall),
        #[allow(missing_docs)]
        proxiableUUID(proxiableUUIDCall),
        #[allow(missing_docs)]
        quorumView(quorumViewCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        rotateSigningKey(rotateSigningKeyCall),
        #[allow(missing_docs)]
        safeTransferFrom_0(safeTransferFrom_0Call),
        #[allow(missing_docs)]
        safeTransferFrom_1(safeTransferFrom_1Call),
        #[allow(missing_docs)]
        selectionManager(selectionManagerCall),
        #[allow(missing_docs)]
        setApprovalForAll(setApprovalForAllCall),
        #[allow(missing_docs)]
        setHttpAddress(setHttpAddressCall),
        #[allow(missing_docs)]
        setPayers(setPayersCall),
        #[allow(missing_docs)]
        setSelectionManager(setSelectionManagerCall),
        #[allow(missing_docs)]
        signerOf(signerOfCall),
        #[allow(missing_docs)]
        signerRecord(signerRecordCall),
        #[allow(missing_docs)]
        signerRetiredAt(signerRetiredAtCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        symbol(symbolCall),
        #[allow(missing_docs)]
        tokenURI(tokenURICall),
        #[allow(missing_docs)]
        transferFrom(transferFromCall),
        #[allow(missing_docs)]
        transferNode(transferNodeCall),
        #[allow(missing_docs)]
        transferNodeWithKey(transferNodeWithKeyCall),
        #[allow(missing_docs)]
        upgradeToAndCall(upgradeToAndCallCall),
    }
    impl NodesCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [6u8, 253u8, 222u8, 3u8],
            [8u8, 24u8, 18u8, 252u8],
            [9u8, 94u8, 167u8, 179u8],
            [10u8, 134u8, 11u8, 114u8],
            [20u8, 111u8, 206u8, 10u8],
            [35u8, 184u8, 114u8, 221u8],
            [36u8, 138u8, 156u8, 163u8],
            [39u8, 80u8, 199u8, 81u8],
            [47u8, 47u8, 241u8, 93u8],
            [54u8, 86u8, 138u8, 190u8],
            [56u8, 9u8, 64u8, 251u8],
            [57u8, 1u8, 114u8, 150u8],
            [62u8, 145u8, 173u8, 202u8],
            [66u8, 132u8, 46u8, 14u8],
            [75u8, 166u8, 150u8, 210u8],
            [79u8, 30u8, 242u8, 134u8],
            [82u8, 209u8, 144u8, 45u8],
            [86u8, 156u8, 10u8, 254u8],
            [87u8, 216u8, 99u8, 203u8],
            [95u8, 145u8, 212u8, 6u8],
            [99u8, 82u8, 33u8, 30u8],
            [104u8, 80u8, 26u8, 62u8],
            [106u8, 175u8, 151u8, 126u8],
            [109u8, 164u8, 155u8, 131u8],
            [112u8, 160u8, 130u8, 49u8],
            [115u8, 80u8, 108u8, 45u8],
            [116u8, 145u8, 8u8, 130u8],
            [136u8, 223u8, 136u8, 104u8],
            [145u8, 209u8, 72u8, 84u8],
            [149u8, 216u8, 155u8, 65u8],
            [154u8, 245u8, 51u8, 241u8],
            [160u8, 66u8, 128u8, 123u8],
            [160u8, 234u8, 232u8, 29u8],
            [162u8, 23u8, 253u8, 223u8],
            [162u8, 44u8, 180u8, 101u8],
            [173u8, 60u8, 177u8, 204u8],
            [184u8, 141u8, 79u8, 222u8],
            [185u8, 120u8, 229u8, 75u8],
            [190u8, 97u8, 80u8, 167u8],
            [196u8, 214u8, 109u8, 232u8],
            [200u8, 123u8, 86u8, 221u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 159u8, 159u8, 224u8],
            [214u8, 131u8, 121u8, 177u8],
            [224u8, 111u8, 135u8, 111u8],
            [233u8, 133u8, 233u8, 197u8],
            [241u8, 130u8, 53u8, 206u8],
            [242u8, 49u8, 175u8, 50u8],
            [248u8, 76u8, 232u8, 185u8],
            [250u8, 170u8, 200u8, 70u8],
            [253u8, 102u8, 125u8, 30u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(name),
            ::core::stringify!(getApproved),
            ::core::stringify!(approve),
            ::core::stringify!(signerOf),
            ::core::stringify!(disableNode),
            ::core::stringify!(transferFrom),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(payers),
            ::core::stringify!(grantRole),
            ::core::stringify!(renounceRole),
            ::core::stringify!(nodeIdOf),
            ::core::stringify!(MAX_HTTP_ADDRESS_LENGTH),
            ::core::stringify!(selectionManager),
            ::core::stringify!(safeTransferFrom_0),
            ::core::stringify!(setPayers),
            ::core::stringify!(upgradeToAndCall),
            ::core::stringify!(proxiableUUID),
            ::core::stringify!(signerRetiredAt),
            ::core::stringify!(nodeSet),
            ::core::stringify!(isEnabled),
            ::core::stringify!(ownerOf),
            ::core::stringify!(getSigner),
            ::core::stringify!(enableNode),
            ::core::stringify!(nodeCount),
            ::core::stringify!(balanceOf),
            ::core::stringify!(rotateSigningKey),
            ::core::stringify!(transferNode),
            ::core::stringify!(isSigner),
            ::core::stringify!(hasRole),
            ::core::stringify!(symbol),
            ::core::stringify!(nodeIdOfSigner),
            ::core::stringify!(signerRecord),
            ::core::stringify!(addNode),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(setApprovalForAll),
            ::core::stringify!(UPGRADE_INTERFACE_VERSION),
            ::core::stringify!(safeTransferFrom_1),
            ::core::stringify!(enabledNodeIds),
            ::core::stringify!(setSelectionManager),
            ::core::stringify!(initialize),
            ::core::stringify!(tokenURI),
            ::core::stringify!(revokeRole),
            ::core::stringify!(NODE_MANAGER_ROLE),
            ::core::stringify!(quorumView),
            ::core::stringify!(getNode),
            ::core::stringify!(isApprovedForAll),
            ::core::stringify!(getNodes),
            ::core::stringify!(nodeExists),
            ::core::stringify!(setHttpAddress),
            ::core::stringify!(transferNodeWithKey),
            ::core::stringify!(NODE_INCREMENT),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nameCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getApprovedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disableNodeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferFromCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodeIdOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <selectionManagerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <safeTransferFrom_0Call as alloy_sol_types::SolCall>::SIGNATURE,
            <setPayersCall as alloy_sol_types::SolCall>::SIGNATURE,
            <upgradeToAndCallCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proxiableUUIDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signerRetiredAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodeSetCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEnabledCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getSignerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <enableNodeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodeCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <balanceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rotateSigningKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferNodeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isSignerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <symbolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodeIdOfSignerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signerRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addNodeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setApprovalForAllCall as alloy_sol_types::SolCall>::SIGNATURE,
            <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <safeTransferFrom_1Call as alloy_sol_types::SolCall>::SIGNATURE,
            <enabledNodeIdsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setSelectionManagerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <initializeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <tokenURICall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumViewCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getNodeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isApprovedForAllCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getNodesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodeExistsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setHttpAddressCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferNodeWithKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <NODE_INCREMENTCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for NodesCalls {
        const NAME: &'static str = "NodesCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 52usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_HTTP_ADDRESS_LENGTH(_) => {
                    <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::NODE_INCREMENT(_) => {
                    <NODE_INCREMENTCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::NODE_MANAGER_ROLE(_) => {
                    <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::UPGRADE_INTERFACE_VERSION(_) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::addNode(_) => <addNodeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::approve(_) => <approveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::balanceOf(_) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::disableNode(_) => {
                    <disableNodeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::enableNode(_) => {
                    <enableNodeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::enabledNodeIds(_) => {
                    <enabledNodeIdsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getApproved(_) => {
                    <getApprovedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getNode(_) => <getNodeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getNodes(_) => <getNodesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getSigner(_) => {
                    <getSignerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::initialize(_) => {
                    <initializeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isApprovedForAll(_) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isEnabled(_) => {
                    <isEnabledCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isSigner(_) => <isSignerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::name(_) => <nameCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nodeCount(_) => {
                    <nodeCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nodeExists(_) => {
                    <nodeExistsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nodeIdOf(_) => <nodeIdOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nodeIdOfSigner(_) => {
                    <nodeIdOfSignerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nodeSet(_) => <nodeSetCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::ownerOf(_) => <ownerOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::payers(_) => <payersCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::proxiableUUID(_) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quorumView(_) => {
                    <quorumViewCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::rotateSigningKey(_) => {
                    <rotateSigningKeyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::safeTransferFrom_0(_) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::safeTransferFrom_1(_) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::selectionManager(_) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setApprovalForAll(_) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setHttpAddress(_) => {
                    <setHttpAddressCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPayers(_) => {
                    <setPayersCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setSelectionManager(_) => {
                    <setSelectionManagerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::signerOf(_) => <signerOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::signerRecord(_) => {
                    <signerRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::signerRetiredAt(_) => {
                    <signerRetiredAtCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::symbol(_) => <symbolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::tokenURI(_) => <tokenURICall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferFrom(_) => {
                    <transferFromCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::transferNode(_) => {
                    <transferNodeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::transferNodeWithKey(_) => {
                    <transferNodeWithKeyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::upgradeToAndCall(_) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<NodesCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn name(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::name)
                    }
                    name
                },
                {
                    fn getApproved(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::getApproved)
                    }
                    getApproved
                },
                {
                    fn approve(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <approveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::approve)
                    }
                    approve
                },
                {
                    fn signerOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <signerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::signerOf)
                    }
                    signerOf
                },
                {
                    fn disableNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <disableNodeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::disableNode)
                    }
                    disableNode
                },
                {
                    fn transferFrom(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <transferFromCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::transferFrom)
                    }
                    transferFrom
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn payers(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <payersCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::payers)
                    }
                    payers
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn nodeIdOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeIdOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::nodeIdOf)
                    }
                    nodeIdOf
                },
                {
                    fn MAX_HTTP_ADDRESS_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::MAX_HTTP_ADDRESS_LENGTH)
                    }
                    MAX_HTTP_ADDRESS_LENGTH
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn safeTransferFrom_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::safeTransferFrom_0)
                    }
                    safeTransferFrom_0
                },
                {
                    fn setPayers(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <setPayersCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::setPayers)
                    }
                    setPayers
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn signerRetiredAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <signerRetiredAtCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::signerRetiredAt)
                    }
                    signerRetiredAt
                },
                {
                    fn nodeSet(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeSetCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::nodeSet)
                    }
                    nodeSet
                },
                {
                    fn isEnabled(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <isEnabledCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::isEnabled)
                    }
                    isEnabled
                },
                {
                    fn ownerOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <ownerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::ownerOf)
                    }
                    ownerOf
                },
                {
                    fn getSigner(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getSignerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::getSigner)
                    }
                    getSigner
                },
                {
                    fn enableNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <enableNodeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::enableNode)
                    }
                    enableNode
                },
                {
                    fn nodeCount(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeCountCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::nodeCount)
                    }
                    nodeCount
                },
                {
                    fn balanceOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::balanceOf)
                    }
                    balanceOf
                },
                {
                    fn rotateSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <rotateSigningKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::rotateSigningKey)
                    }
                    rotateSigningKey
                },
                {
                    fn transferNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <transferNodeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::transferNode)
                    }
                    transferNode
                },
                {
                    fn isSigner(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <isSignerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::isSigner)
                    }
                    isSigner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn symbol(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <symbolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::symbol)
                    }
                    symbol
                },
                {
                    fn nodeIdOfSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeIdOfSignerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::nodeIdOfSigner)
                    }
                    nodeIdOfSigner
                },
                {
                    fn signerRecord(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <signerRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::signerRecord)
                    }
                    signerRecord
                },
                {
                    fn addNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <addNodeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::addNode)
                    }
                    addNode
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setApprovalForAll(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::setApprovalForAll)
                    }
                    setApprovalForAll
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn safeTransferFrom_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::safeTransferFrom_1)
                    }
                    safeTransferFrom_1
                },
                {
                    fn enabledNodeIds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <enabledNodeIdsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::enabledNodeIds)
                    }
                    enabledNodeIds
                },
                {
                    fn setSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setSelectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::setSelectionManager)
                    }
                    setSelectionManager
                },
                {
                    fn initialize(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::initialize)
                    }
                    initialize
                },
                {
                    fn tokenURI(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <tokenURICall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::tokenURI)
                    }
                    tokenURI
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn NODE_MANAGER_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::NODE_MANAGER_ROLE)
                    }
                    NODE_MANAGER_ROLE
                },
                {
                    fn quorumView(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <quorumViewCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::quorumView)
                    }
                    quorumView
                },
                {
                    fn getNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getNodeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::getNode)
                    }
                    getNode
                },
                {
                    fn isApprovedForAll(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::isApprovedForAll)
                    }
                    isApprovedForAll
                },
                {
                    fn getNodes(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getNodesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(NodesCalls::getNodes)
                    }
                    getNodes
                },
                {
                    fn nodeExists(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeExistsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::nodeExists)
                    }
                    nodeExists
                },
                {
                    fn setHttpAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setHttpAddressCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::setHttpAddress)
                    }
                    setHttpAddress
                },
                {
                    fn transferNodeWithKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <transferNodeWithKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::transferNodeWithKey)
                    }
                    transferNodeWithKey
                },
                {
                    fn NODE_INCREMENT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <NODE_INCREMENTCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(NodesCalls::NODE_INCREMENT)
                    }
                    NODE_INCREMENT
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<NodesCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn name(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nameCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::name)
                    }
                    name
                },
                {
                    fn getApproved(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getApprovedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::getApproved)
                    }
                    getApproved
                },
                {
                    fn approve(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <approveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::approve)
                    }
                    approve
                },
                {
                    fn signerOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <signerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::signerOf)
                    }
                    signerOf
                },
                {
                    fn disableNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <disableNodeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::disableNode)
                    }
                    disableNode
                },
                {
                    fn transferFrom(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <transferFromCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::transferFrom)
                    }
                    transferFrom
                },
                {
                    fn getRoleAdmin(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn payers(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <payersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::payers)
                    }
                    payers
                },
                {
                    fn grantRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn renounceRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn nodeIdOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeIdOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::nodeIdOf)
                    }
                    nodeIdOf
                },
                {
                    fn MAX_HTTP_ADDRESS_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::MAX_HTTP_ADDRESS_LENGTH)
                    }
                    MAX_HTTP_ADDRESS_LENGTH
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn safeTransferFrom_0(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::safeTransferFrom_0)
                    }
                    safeTransferFrom_0
                },
                {
                    fn setPayers(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <setPayersCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::setPayers)
                    }
                    setPayers
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn signerRetiredAt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <signerRetiredAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::signerRetiredAt)
                    }
                    signerRetiredAt
                },
                {
                    fn nodeSet(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeSetCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::nodeSet)
                    }
                    nodeSet
                },
                {
                    fn isEnabled(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <isEnabledCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::isEnabled)
                    }
                    isEnabled
                },
                {
                    fn ownerOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <ownerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::ownerOf)
                    }
                    ownerOf
                },
                {
                    fn getSigner(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getSignerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::getSigner)
                    }
                    getSigner
                },
                {
                    fn enableNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <enableNodeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::enableNode)
                    }
                    enableNode
                },
                {
                    fn nodeCount(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::nodeCount)
                    }
                    nodeCount
                },
                {
                    fn balanceOf(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <balanceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::balanceOf)
                    }
                    balanceOf
                },
                {
                    fn rotateSigningKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <rotateSigningKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::rotateSigningKey)
                    }
                    rotateSigningKey
                },
                {
                    fn transferNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <transferNodeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::transferNode)
                    }
                    transferNode
                },
                {
                    fn isSigner(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <isSignerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::isSigner)
                    }
                    isSigner
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn symbol(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <symbolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::symbol)
                    }
                    symbol
                },
                {
                    fn nodeIdOfSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeIdOfSignerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::nodeIdOfSigner)
                    }
                    nodeIdOfSigner
                },
                {
                    fn signerRecord(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <signerRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::signerRecord)
                    }
                    signerRecord
                },
                {
                    fn addNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <addNodeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::addNode)
                    }
                    addNode
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setApprovalForAll(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::setApprovalForAll)
                    }
                    setApprovalForAll
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn safeTransferFrom_1(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::safeTransferFrom_1)
                    }
                    safeTransferFrom_1
                },
                {
                    fn enabledNodeIds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <enabledNodeIdsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::enabledNodeIds)
                    }
                    enabledNodeIds
                },
                {
                    fn setSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setSelectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::setSelectionManager)
                    }
                    setSelectionManager
                },
                {
                    fn initialize(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::initialize)
                    }
                    initialize
                },
                {
                    fn tokenURI(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <tokenURICall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::tokenURI)
                    }
                    tokenURI
                },
                {
                    fn revokeRole(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn NODE_MANAGER_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::NODE_MANAGER_ROLE)
                    }
                    NODE_MANAGER_ROLE
                },
                {
                    fn quorumView(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <quorumViewCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::quorumView)
                    }
                    quorumView
                },
                {
                    fn getNode(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getNodeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::getNode)
                    }
                    getNode
                },
                {
                    fn isApprovedForAll(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::isApprovedForAll)
                    }
                    isApprovedForAll
                },
                {
                    fn getNodes(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <getNodesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::getNodes)
                    }
                    getNodes
                },
                {
                    fn nodeExists(data: &[u8]) -> alloy_sol_types::Result<NodesCalls> {
                        <nodeExistsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::nodeExists)
                    }
                    nodeExists
                },
                {
                    fn setHttpAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <setHttpAddressCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::setHttpAddress)
                    }
                    setHttpAddress
                },
                {
                    fn transferNodeWithKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <transferNodeWithKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::transferNodeWithKey)
                    }
                    transferNodeWithKey
                },
                {
                    fn NODE_INCREMENT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesCalls> {
                        <NODE_INCREMENTCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesCalls::NODE_INCREMENT)
                    }
                    NODE_INCREMENT
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_HTTP_ADDRESS_LENGTH(inner) => {
                    <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NODE_INCREMENT(inner) => {
                    <NODE_INCREMENTCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NODE_MANAGER_ROLE(inner) => {
                    <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::addNode(inner) => {
                    <addNodeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::approve(inner) => {
                    <approveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::disableNode(inner) => {
                    <disableNodeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::enableNode(inner) => {
                    <enableNodeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::enabledNodeIds(inner) => {
                    <enabledNodeIdsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getApproved(inner) => {
                    <getApprovedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getNode(inner) => {
                    <getNodeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getNodes(inner) => {
                    <getNodesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getSigner(inner) => {
                    <getSignerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isApprovedForAll(inner) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::isEnabled(inner) => {
                    <isEnabledCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isSigner(inner) => {
                    <isSignerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nodeCount(inner) => {
                    <nodeCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nodeExists(inner) => {
                    <nodeExistsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nodeIdOf(inner) => {
                    <nodeIdOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nodeIdOfSigner(inner) => {
                    <nodeIdOfSignerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nodeSet(inner) => {
                    <nodeSetCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::ownerOf(inner) => {
                    <ownerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::payers(inner) => {
                    <payersCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quorumView(inner) => {
                    <quorumViewCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rotateSigningKey(inner) => {
                    <rotateSigningKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::safeTransferFrom_0(inner) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::safeTransferFrom_1(inner) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setApprovalForAll(inner) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setHttpAddress(inner) => {
                    <setHttpAddressCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setPayers(inner) => {
                    <setPayersCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setSelectionManager(inner) => {
                    <setSelectionManagerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::signerOf(inner) => {
                    <signerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::signerRecord(inner) => {
                    <signerRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::signerRetiredAt(inner) => {
                    <signerRetiredAtCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::symbol(inner) => {
                    <symbolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::tokenURI(inner) => {
                    <tokenURICall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferFrom(inner) => {
                    <transferFromCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::transferNode(inner) => {
                    <transferNodeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::transferNodeWithKey(inner) => {
                    <transferNodeWithKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_HTTP_ADDRESS_LENGTH(inner) => {
                    <MAX_HTTP_ADDRESS_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NODE_INCREMENT(inner) => {
                    <NODE_INCREMENTCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NODE_MANAGER_ROLE(inner) => {
                    <NODE_MANAGER_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addNode(inner) => {
                    <addNodeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::approve(inner) => {
                    <approveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::balanceOf(inner) => {
                    <balanceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::disableNode(inner) => {
                    <disableNodeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::enableNode(inner) => {
                    <enableNodeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::enabledNodeIds(inner) => {
                    <enabledNodeIdsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getApproved(inner) => {
                    <getApprovedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getNode(inner) => {
                    <getNodeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getNodes(inner) => {
                    <getNodesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getSigner(inner) => {
                    <getSignerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isApprovedForAll(inner) => {
                    <isApprovedForAllCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isEnabled(inner) => {
                    <isEnabledCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isSigner(inner) => {
                    <isSignerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::name(inner) => {
                    <nameCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nodeCount(inner) => {
                    <nodeCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodeExists(inner) => {
                    <nodeExistsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodeIdOf(inner) => {
                    <nodeIdOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodeIdOfSigner(inner) => {
                    <nodeIdOfSignerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodeSet(inner) => {
                    <nodeSetCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::ownerOf(inner) => {
                    <ownerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::payers(inner) => {
                    <payersCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quorumView(inner) => {
                    <quorumViewCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::rotateSigningKey(inner) => {
                    <rotateSigningKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::safeTransferFrom_0(inner) => {
                    <safeTransferFrom_0Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::safeTransferFrom_1(inner) => {
                    <safeTransferFrom_1Call as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setApprovalForAll(inner) => {
                    <setApprovalForAllCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setHttpAddress(inner) => {
                    <setHttpAddressCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPayers(inner) => {
                    <setPayersCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setSelectionManager(inner) => {
                    <setSelectionManagerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signerOf(inner) => {
                    <signerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signerRecord(inner) => {
                    <signerRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signerRetiredAt(inner) => {
                    <signerRetiredAtCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::symbol(inner) => {
                    <symbolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::tokenURI(inner) => {
                    <tokenURICall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferFrom(inner) => {
                    <transferFromCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferNode(inner) => {
                    <transferNodeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferNodeWithKey(inner) => {
                    <transferNodeWithKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Nodes`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum NodesErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AddressEmptyCode(AddressEmptyCode),
        #[allow(missing_docs)]
        ERC1967InvalidImplementation(ERC1967InvalidImplementation),
        #[allow(missing_docs)]
        ERC1967NonPayable(ERC1967NonPayable),
        #[allow(missing_docs)]
        ERC721IncorrectOwner(ERC721IncorrectOwner),
        #[allow(missing_docs)]
        ERC721InsufficientApproval(ERC721InsufficientApproval),
        #[allow(missing_docs)]
        ERC721InvalidApprover(ERC721InvalidApprover),
        #[allow(missing_docs)]
        ERC721InvalidOperator(ERC721InvalidOperator),
        #[allow(missing_docs)]
        ERC721InvalidOwner(ERC721InvalidOwner),
        #[allow(missing_docs)]
        ERC721InvalidReceiver(ERC721InvalidReceiver),
        #[allow(missing_docs)]
        ERC721InvalidSender(ERC721InvalidSender),
        #[allow(missing_docs)]
        ERC721NonexistentToken(ERC721NonexistentToken),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        InvalidHttpAddress(InvalidHttpAddress),
        #[allow(missing_docs)]
        InvalidInitialization(InvalidInitialization),
        #[allow(missing_docs)]
        InvalidOwner(InvalidOwner),
        #[allow(missing_docs)]
        InvalidSigningPublicKey(InvalidSigningPublicKey),
        #[allow(missing_docs)]
        MaxNodesReached(MaxNodesReached),
        #[allow(missing_docs)]
        NodeAlreadyInState(NodeAlreadyInState),
        #[allow(missing_docs)]
        NodeNotFound(NodeNotFound),
        #[allow(missing_docs)]
        NotInitializing(NotInitializing),
        #[allow(missing_docs)]
        NotNodeOwner(NotNodeOwner),
        #[allow(missing_docs)]
        OwnerAlreadyHasNode(OwnerAlreadyHasNode),
        #[allow(missing_docs)]
        SignerAlreadyRegistered(SignerAlreadyRegistered),
        #[allow(missing_docs)]
        TransferNotAllowed(TransferNotAllowed),
        #[allow(missing_docs)]
        UUPSUnauthorizedCallContext(UUPSUnauthorizedCallContext),
        #[allow(missing_docs)]
        UUPSUnsupportedProxiableUUID(UUPSUnsupportedProxiableUUID),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
    }
    impl NodesErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [23u8, 126u8, 128u8, 47u8],
            [40u8, 192u8, 58u8, 188u8],
            [73u8, 83u8, 79u8, 199u8],
            [76u8, 156u8, 140u8, 227u8],
            [84u8, 146u8, 232u8, 72u8],
            [91u8, 8u8, 186u8, 24u8],
            [100u8, 40u8, 61u8, 123u8],
            [100u8, 160u8, 174u8, 146u8],
            [102u8, 151u8, 178u8, 50u8],
            [105u8, 237u8, 174u8, 247u8],
            [112u8, 7u8, 128u8, 30u8],
            [115u8, 198u8, 172u8, 110u8],
            [126u8, 39u8, 50u8, 137u8],
            [129u8, 189u8, 50u8, 41u8],
            [137u8, 198u8, 43u8, 100u8],
            [140u8, 210u8, 45u8, 25u8],
            [149u8, 125u8, 32u8, 128u8],
            [153u8, 150u8, 179u8, 21u8],
            [166u8, 232u8, 162u8, 174u8],
            [169u8, 251u8, 245u8, 31u8],
            [170u8, 29u8, 73u8, 164u8],
            [178u8, 15u8, 118u8, 227u8],
            [179u8, 152u8, 151u8, 159u8],
            [214u8, 189u8, 162u8, 117u8],
            [215u8, 230u8, 188u8, 248u8],
            [217u8, 46u8, 35u8, 61u8],
            [224u8, 124u8, 141u8, 186u8],
            [226u8, 81u8, 125u8, 63u8],
            [249u8, 46u8, 232u8, 169u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ERC721InsufficientApproval),
            ::core::stringify!(NodeAlreadyInState),
            ::core::stringify!(NodeNotFound),
            ::core::stringify!(ERC1967InvalidImplementation),
            ::core::stringify!(InvalidHttpAddress),
            ::core::stringify!(ERC721InvalidOperator),
            ::core::stringify!(ERC721IncorrectOwner),
            ::core::stringify!(ERC721InvalidReceiver),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(NotNodeOwner),
            ::core::stringify!(InvalidSigningPublicKey),
            ::core::stringify!(ERC721InvalidSender),
            ::core::stringify!(ERC721NonexistentToken),
            ::core::stringify!(SignerAlreadyRegistered),
            ::core::stringify!(ERC721InvalidOwner),
            ::core::stringify!(TransferNotAllowed),
            ::core::stringify!(MaxNodesReached),
            ::core::stringify!(AddressEmptyCode),
            ::core::stringify!(OwnerAlreadyHasNode),
            ::core::stringify!(ERC721InvalidApprover),
            ::core::stringify!(UUPSUnsupportedProxiableUUID),
            ::core::stringify!(InvalidOwner),
            ::core::stringify!(ERC1967NonPayable),
            ::core::stringify!(FailedCall),
            ::core::stringify!(NotInitializing),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(UUPSUnauthorizedCallContext),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(InvalidInitialization),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ERC721InsufficientApproval as alloy_sol_types::SolError>::SIGNATURE,
            <NodeAlreadyInState as alloy_sol_types::SolError>::SIGNATURE,
            <NodeNotFound as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidHttpAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721InvalidOperator as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721IncorrectOwner as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721InvalidReceiver as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <NotNodeOwner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSigningPublicKey as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721InvalidSender as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721NonexistentToken as alloy_sol_types::SolError>::SIGNATURE,
            <SignerAlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721InvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <TransferNotAllowed as alloy_sol_types::SolError>::SIGNATURE,
            <MaxNodesReached as alloy_sol_types::SolError>::SIGNATURE,
            <AddressEmptyCode as alloy_sol_types::SolError>::SIGNATURE,
            <OwnerAlreadyHasNode as alloy_sol_types::SolError>::SIGNATURE,
            <ERC721InvalidApprover as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidOwner as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967NonPayable as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <NotInitializing as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidInitialization as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for NodesErrors {
        const NAME: &'static str = "NodesErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 29usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AddressEmptyCode(_) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967InvalidImplementation(_) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967NonPayable(_) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721IncorrectOwner(_) => {
                    <ERC721IncorrectOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InsufficientApproval(_) => {
                    <ERC721InsufficientApproval as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InvalidApprover(_) => {
                    <ERC721InvalidApprover as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InvalidOperator(_) => {
                    <ERC721InvalidOperator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InvalidOwner(_) => {
                    <ERC721InvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InvalidReceiver(_) => {
                    <ERC721InvalidReceiver as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721InvalidSender(_) => {
                    <ERC721InvalidSender as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC721NonexistentToken(_) => {
                    <ERC721NonexistentToken as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidHttpAddress(_) => {
                    <InvalidHttpAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidInitialization(_) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidOwner(_) => {
                    <InvalidOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSigningPublicKey(_) => {
                    <InvalidSigningPublicKey as alloy_sol_types::SolError>::SELECTOR
                }
                Self::MaxNodesReached(_) => {
                    <MaxNodesReached as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NodeAlreadyInState(_) => {
                    <NodeAlreadyInState as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NodeNotFound(_) => {
                    <NodeNotFound as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotInitializing(_) => {
                    <NotInitializing as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotNodeOwner(_) => {
                    <NotNodeOwner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OwnerAlreadyHasNode(_) => {
                    <OwnerAlreadyHasNode as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SignerAlreadyRegistered(_) => {
                    <SignerAlreadyRegistered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::TransferNotAllowed(_) => {
                    <TransferNotAllowed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnauthorizedCallContext(_) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnsupportedProxiableUUID(_) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<NodesErrors>] = &[
                {
                    fn ERC721InsufficientApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InsufficientApproval as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InsufficientApproval)
                    }
                    ERC721InsufficientApproval
                },
                {
                    fn NodeAlreadyInState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NodeAlreadyInState as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::NodeAlreadyInState)
                    }
                    NodeAlreadyInState
                },
                {
                    fn NodeNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NodeNotFound as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(NodesErrors::NodeNotFound)
                    }
                    NodeNotFound
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn InvalidHttpAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidHttpAddress as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::InvalidHttpAddress)
                    }
                    InvalidHttpAddress
                },
                {
                    fn ERC721InvalidOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidOperator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidOperator)
                    }
                    ERC721InvalidOperator
                },
                {
                    fn ERC721IncorrectOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721IncorrectOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721IncorrectOwner)
                    }
                    ERC721IncorrectOwner
                },
                {
                    fn ERC721InvalidReceiver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidReceiver as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidReceiver)
                    }
                    ERC721InvalidReceiver
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn NotNodeOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NotNodeOwner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(NodesErrors::NotNodeOwner)
                    }
                    NotNodeOwner
                },
                {
                    fn InvalidSigningPublicKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidSigningPublicKey as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::InvalidSigningPublicKey)
                    }
                    InvalidSigningPublicKey
                },
                {
                    fn ERC721InvalidSender(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidSender as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidSender)
                    }
                    ERC721InvalidSender
                },
                {
                    fn ERC721NonexistentToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721NonexistentToken as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721NonexistentToken)
                    }
                    ERC721NonexistentToken
                },
                {
                    fn SignerAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <SignerAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::SignerAlreadyRegistered)
                    }
                    SignerAlreadyRegistered
                },
                {
                    fn ERC721InvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidOwner)
                    }
                    ERC721InvalidOwner
                },
                {
                    fn TransferNotAllowed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <TransferNotAllowed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::TransferNotAllowed)
                    }
                    TransferNotAllowed
                },
                {
                    fn MaxNodesReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <MaxNodesReached as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::MaxNodesReached)
                    }
                    MaxNodesReached
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn OwnerAlreadyHasNode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <OwnerAlreadyHasNode as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::OwnerAlreadyHasNode)
                    }
                    OwnerAlreadyHasNode
                },
                {
                    fn ERC721InvalidApprover(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidApprover as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidApprover)
                    }
                    ERC721InvalidApprover
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn InvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidOwner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(NodesErrors::InvalidOwner)
                    }
                    InvalidOwner
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn FailedCall(data: &[u8]) -> alloy_sol_types::Result<NodesErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(NodesErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(data: &[u8]) -> alloy_sol_types::Result<NodesErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(NodesErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(NodesErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<NodesErrors>] = &[
                {
                    fn ERC721InsufficientApproval(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InsufficientApproval as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InsufficientApproval)
                    }
                    ERC721InsufficientApproval
                },
                {
                    fn NodeAlreadyInState(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NodeAlreadyInState as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::NodeAlreadyInState)
                    }
                    NodeAlreadyInState
                },
                {
                    fn NodeNotFound(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NodeNotFound as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::NodeNotFound)
                    }
                    NodeNotFound
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn InvalidHttpAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidHttpAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::InvalidHttpAddress)
                    }
                    InvalidHttpAddress
                },
                {
                    fn ERC721InvalidOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidOperator)
                    }
                    ERC721InvalidOperator
                },
                {
                    fn ERC721IncorrectOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721IncorrectOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721IncorrectOwner)
                    }
                    ERC721IncorrectOwner
                },
                {
                    fn ERC721InvalidReceiver(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidReceiver as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidReceiver)
                    }
                    ERC721InvalidReceiver
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn NotNodeOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NotNodeOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::NotNodeOwner)
                    }
                    NotNodeOwner
                },
                {
                    fn InvalidSigningPublicKey(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidSigningPublicKey as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::InvalidSigningPublicKey)
                    }
                    InvalidSigningPublicKey
                },
                {
                    fn ERC721InvalidSender(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidSender as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidSender)
                    }
                    ERC721InvalidSender
                },
                {
                    fn ERC721NonexistentToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721NonexistentToken as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721NonexistentToken)
                    }
                    ERC721NonexistentToken
                },
                {
                    fn SignerAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <SignerAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::SignerAlreadyRegistered)
                    }
                    SignerAlreadyRegistered
                },
                {
                    fn ERC721InvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidOwner)
                    }
                    ERC721InvalidOwner
                },
                {
                    fn TransferNotAllowed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <TransferNotAllowed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::TransferNotAllowed)
                    }
                    TransferNotAllowed
                },
                {
                    fn MaxNodesReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <MaxNodesReached as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::MaxNodesReached)
                    }
                    MaxNodesReached
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn OwnerAlreadyHasNode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <OwnerAlreadyHasNode as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::OwnerAlreadyHasNode)
                    }
                    OwnerAlreadyHasNode
                },
                {
                    fn ERC721InvalidApprover(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC721InvalidApprover as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC721InvalidApprover)
                    }
                    ERC721InvalidApprover
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn InvalidOwner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::InvalidOwner)
                    }
                    InvalidOwner
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn FailedCall(data: &[u8]) -> alloy_sol_types::Result<NodesErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(data: &[u8]) -> alloy_sol_types::Result<NodesErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<NodesErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(NodesErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721IncorrectOwner(inner) => {
                    <ERC721IncorrectOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InsufficientApproval(inner) => {
                    <ERC721InsufficientApproval as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InvalidApprover(inner) => {
                    <ERC721InvalidApprover as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InvalidOperator(inner) => {
                    <ERC721InvalidOperator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InvalidOwner(inner) => {
                    <ERC721InvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InvalidReceiver(inner) => {
                    <ERC721InvalidReceiver as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721InvalidSender(inner) => {
                    <ERC721InvalidSender as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC721NonexistentToken(inner) => {
                    <ERC721NonexistentToken as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidHttpAddress(inner) => {
                    <InvalidHttpAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidOwner(inner) => {
                    <InvalidOwner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidSigningPublicKey(inner) => {
                    <InvalidSigningPublicKey as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MaxNodesReached(inner) => {
                    <MaxNodesReached as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NodeAlreadyInState(inner) => {
                    <NodeAlreadyInState as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NodeNotFound(inner) => {
                    <NodeNotFound as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotNodeOwner(inner) => {
                    <NotNodeOwner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::OwnerAlreadyHasNode(inner) => {
                    <OwnerAlreadyHasNode as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SignerAlreadyRegistered(inner) => {
                    <SignerAlreadyRegistered as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::TransferNotAllowed(inner) => {
                    <TransferNotAllowed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721IncorrectOwner(inner) => {
                    <ERC721IncorrectOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InsufficientApproval(inner) => {
                    <ERC721InsufficientApproval as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InvalidApprover(inner) => {
                    <ERC721InvalidApprover as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InvalidOperator(inner) => {
                    <ERC721InvalidOperator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InvalidOwner(inner) => {
                    <ERC721InvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InvalidReceiver(inner) => {
                    <ERC721InvalidReceiver as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721InvalidSender(inner) => {
                    <ERC721InvalidSender as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC721NonexistentToken(inner) => {
                    <ERC721NonexistentToken as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidHttpAddress(inner) => {
                    <InvalidHttpAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidOwner(inner) => {
                    <InvalidOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSigningPublicKey(inner) => {
                    <InvalidSigningPublicKey as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MaxNodesReached(inner) => {
                    <MaxNodesReached as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NodeAlreadyInState(inner) => {
                    <NodeAlreadyInState as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NodeNotFound(inner) => {
                    <NodeNotFound as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotNodeOwner(inner) => {
                    <NotNodeOwner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OwnerAlreadyHasNode(inner) => {
                    <OwnerAlreadyHasNode as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SignerAlreadyRegistered(inner) => {
                    <SignerAlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::TransferNotAllowed(inner) => {
                    <TransferNotAllowed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Nodes`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum NodesEvents {
        #[allow(missing_docs)]
        Approval(Approval),
        #[allow(missing_docs)]
        ApprovalForAll(ApprovalForAll),
        #[allow(missing_docs)]
        HttpAddressUpdated(HttpAddressUpdated),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        NodeAdded(NodeAdded),
        #[allow(missing_docs)]
        NodeDisabled(NodeDisabled),
        #[allow(missing_docs)]
        NodeEnabled(NodeEnabled),
        #[allow(missing_docs)]
        NodeSetUpdated(NodeSetUpdated),
        #[allow(missing_docs)]
        NodeTransferred(NodeTransferred),
        #[allow(missing_docs)]
        PayersUpdated(PayersUpdated),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        SelectionManagerUpdated(SelectionManagerUpdated),
        #[allow(missing_docs)]
        SignerRetired(SignerRetired),
        #[allow(missing_docs)]
        SigningKeyRotated(SigningKeyRotated),
        #[allow(missing_docs)]
        Transfer(Transfer),
        #[allow(missing_docs)]
        Upgraded(Upgraded),
    }
    impl NodesEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                2u8, 46u8, 49u8, 104u8, 20u8, 168u8, 185u8, 193u8, 46u8, 74u8, 127u8,
                123u8, 180u8, 157u8, 235u8, 19u8, 150u8, 197u8, 42u8, 52u8, 205u8, 0u8,
                226u8, 85u8, 200u8, 10u8, 122u8, 43u8, 102u8, 236u8, 106u8, 105u8,
            ],
            [
                15u8, 50u8, 170u8, 108u8, 42u8, 234u8, 53u8, 207u8, 36u8, 171u8, 85u8,
                67u8, 103u8, 138u8, 82u8, 71u8, 248u8, 74u8, 155u8, 129u8, 221u8, 11u8,
                56u8, 185u8, 46u8, 168u8, 116u8, 117u8, 36u8, 129u8, 9u8, 12u8,
            ],
            [
                23u8, 48u8, 126u8, 171u8, 57u8, 171u8, 97u8, 7u8, 232u8, 137u8, 152u8,
                69u8, 173u8, 61u8, 89u8, 189u8, 150u8, 83u8, 242u8, 0u8, 242u8, 32u8,
                146u8, 4u8, 137u8, 202u8, 43u8, 89u8, 55u8, 105u8, 108u8, 49u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                53u8, 216u8, 222u8, 3u8, 158u8, 147u8, 129u8, 42u8, 200u8, 45u8, 23u8,
                54u8, 123u8, 33u8, 213u8, 73u8, 148u8, 134u8, 192u8, 153u8, 4u8, 107u8,
                59u8, 138u8, 139u8, 86u8, 66u8, 102u8, 86u8, 115u8, 104u8, 161u8,
            ],
            [
                95u8, 218u8, 89u8, 62u8, 240u8, 21u8, 177u8, 88u8, 77u8, 180u8, 180u8,
                166u8, 104u8, 166u8, 63u8, 122u8, 58u8, 99u8, 37u8, 215u8, 110u8, 249u8,
                94u8, 183u8, 180u8, 4u8, 132u8, 42u8, 245u8, 44u8, 71u8, 233u8,
            ],
            [
                104u8, 15u8, 230u8, 152u8, 75u8, 16u8, 140u8, 87u8, 122u8, 77u8, 83u8,
                176u8, 127u8, 154u8, 247u8, 94u8, 212u8, 200u8, 96u8, 65u8, 180u8, 85u8,
                20u8, 120u8, 143u8, 122u8, 250u8, 33u8, 68u8, 184u8, 226u8, 32u8,
            ],
            [
                137u8, 99u8, 213u8, 172u8, 8u8, 229u8, 131u8, 132u8, 227u8, 11u8, 33u8,
                174u8, 32u8, 96u8, 10u8, 83u8, 212u8, 108u8, 166u8, 142u8, 33u8, 78u8,
                226u8, 157u8, 181u8, 145u8, 204u8, 106u8, 64u8, 47u8, 62u8, 251u8,
            ],
            [
                140u8, 91u8, 225u8, 229u8, 235u8, 236u8, 125u8, 91u8, 209u8, 79u8, 113u8,
                66u8, 125u8, 30u8, 132u8, 243u8, 221u8, 3u8, 20u8, 192u8, 247u8, 178u8,
                41u8, 30u8, 91u8, 32u8, 10u8, 200u8, 199u8, 195u8, 185u8, 37u8,
            ],
            [
                155u8, 56u8, 92u8, 48u8, 227u8, 144u8, 225u8, 225u8, 90u8, 184u8, 162u8,
                227u8, 76u8, 76u8, 170u8, 64u8, 179u8, 197u8, 152u8, 130u8, 193u8, 113u8,
                133u8, 252u8, 188u8, 63u8, 135u8, 178u8, 191u8, 102u8, 88u8, 164u8,
            ],
            [
                161u8, 108u8, 206u8, 11u8, 80u8, 31u8, 251u8, 8u8, 218u8, 7u8, 190u8,
                124u8, 168u8, 128u8, 124u8, 20u8, 17u8, 47u8, 217u8, 154u8, 54u8, 59u8,
                121u8, 1u8, 191u8, 185u8, 84u8, 75u8, 30u8, 243u8, 179u8, 216u8,
            ],
            [
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                196u8, 204u8, 30u8, 69u8, 236u8, 186u8, 162u8, 139u8, 54u8, 171u8, 194u8,
                82u8, 20u8, 38u8, 224u8, 178u8, 119u8, 110u8, 132u8, 248u8, 145u8, 63u8,
                108u8, 209u8, 95u8, 36u8, 64u8, 182u8, 116u8, 64u8, 146u8, 234u8,
            ],
            [
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ],
            [
                203u8, 10u8, 176u8, 147u8, 29u8, 214u8, 104u8, 181u8, 200u8, 164u8, 94u8,
                74u8, 1u8, 99u8, 112u8, 111u8, 194u8, 119u8, 8u8, 11u8, 112u8, 251u8,
                88u8, 109u8, 52u8, 51u8, 144u8, 59u8, 85u8, 238u8, 184u8, 39u8,
            ],
            [
                221u8, 242u8, 82u8, 173u8, 27u8, 226u8, 200u8, 155u8, 105u8, 194u8,
                176u8, 104u8, 252u8, 55u8, 141u8, 170u8, 149u8, 43u8, 167u8, 241u8, 99u8,
                196u8, 161u8, 22u8, 40u8, 245u8, 90u8, 77u8, 245u8, 35u8, 179u8, 239u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(HttpAddressUpdated),
            ::core::stringify!(NodeEnabled),
            ::core::stringify!(ApprovalForAll),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(PayersUpdated),
            ::core::stringify!(NodeSetUpdated),
            ::core::stringify!(SignerRetired),
            ::core::stringify!(NodeTransferred),
            ::core::stringify!(Approval),
            ::core::stringify!(NodeAdded),
            ::core::stringify!(SelectionManagerUpdated),
            ::core::stringify!(Upgraded),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(NodeDisabled),
            ::core::stringify!(Initialized),
            ::core::stringify!(SigningKeyRotated),
            ::core::stringify!(Transfer),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <HttpAddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <NodeEnabled as alloy_sol_types::SolEvent>::SIGNATURE,
            <ApprovalForAll as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayersUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <NodeSetUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <SignerRetired as alloy_sol_types::SolEvent>::SIGNATURE,
            <NodeTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <Approval as alloy_sol_types::SolEvent>::SIGNATURE,
            <NodeAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <SelectionManagerUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Upgraded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <NodeDisabled as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <SigningKeyRotated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Transfer as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for NodesEvents {
        const NAME: &'static str = "NodesEvents";
        const COUNT: usize = 18usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Approval as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Approval as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Approval)
                }
                Some(<ApprovalForAll as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ApprovalForAll as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ApprovalForAll)
                }
                Some(
                    <HttpAddressUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <HttpAddressUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::HttpAddressUpdated)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(<NodeAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NodeAdded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NodeAdded)
                }
                Some(<NodeDisabled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NodeDisabled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NodeDisabled)
                }
                Some(<NodeEnabled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NodeEnabled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NodeEnabled)
                }
                Some(<NodeSetUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NodeSetUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NodeSetUpdated)
                }
                Some(<NodeTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NodeTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::NodeTransferred)
                }
                Some(<PayersUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PayersUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PayersUpdated)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(
                    <SelectionManagerUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <SelectionManagerUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SelectionManagerUpdated)
                }
                Some(<SignerRetired as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SignerRetired as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SignerRetired)
                }
                Some(
                    <SigningKeyRotated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <SigningKeyRotated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SigningKeyRotated)
                }
                Some(<Transfer as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Transfer as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Transfer)
                }
                Some(<Upgraded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Upgraded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Upgraded)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for NodesEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Approval(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ApprovalForAll(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::HttpAddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NodeAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NodeDisabled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NodeEnabled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NodeSetUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::NodeTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PayersUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SelectionManagerUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SignerRetired(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SigningKeyRotated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Transfer(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Approval(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ApprovalForAll(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::HttpAddressUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NodeAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NodeDisabled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NodeEnabled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NodeSetUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::NodeTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PayersUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SelectionManagerUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SignerRetired(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SigningKeyRotated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Transfer(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Nodes`](self) contract instance.

See the [wrapper's documentation](`NodesInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(address: alloy_sol_types::private::Address, __provider: P) -> NodesInstance<P, N> {
        NodesInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<NodesInstance<P, N>>,
    > {
        NodesInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
        NodesInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`Nodes`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Nodes`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct NodesInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for NodesInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("NodesInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > NodesInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Nodes`](self) contract instance.

See the [wrapper's documentation](`NodesInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
        ) -> alloy_contract::Result<NodesInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> NodesInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> NodesInstance<P, N> {
            NodesInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > NodesInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_HTTP_ADDRESS_LENGTH`] function.
        pub fn MAX_HTTP_ADDRESS_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_HTTP_ADDRESS_LENGTHCall, N> {
            self.call_builder(&MAX_HTTP_ADDRESS_LENGTHCall)
        }
        ///Creates a new call builder for the [`NODE_INCREMENT`] function.
        pub fn NODE_INCREMENT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, NODE_INCREMENTCall, N> {
            self.call_builder(&NODE_INCREMENTCall)
        }
        ///Creates a new call builder for the [`NODE_MANAGER_ROLE`] function.
        pub fn NODE_MANAGER_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, NODE_MANAGER_ROLECall, N> {
            self.call_builder(&NODE_MANAGER_ROLECall)
        }
        ///Creates a new call builder for the [`UPGRADE_INTERFACE_VERSION`] function.
        pub fn UPGRADE_INTERFACE_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, UPGRADE_INTERFACE_VERSIONCall, N> {
            self.call_builder(&UPGRADE_INTERFACE_VERSIONCall)
        }
        ///Creates a new call builder for the [`addNode`] function.
        pub fn addNode(
            &self,
            owner: alloy::sol_types::private::Address,
            signingPublicKey: alloy::sol_types::private::Bytes,
            httpAddress: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, addNodeCall, N> {
            self.call_builder(
                &addNodeCall {
                    owner,
                    signingPublicKey,
                    httpAddress,
                },
            )
        }
        ///Creates a new call builder for the [`approve`] function.
        pub fn approve(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, approveCall, N> {
            self.call_builder(&approveCall { _0, _1 })
        }
        ///Creates a new call builder for the [`balanceOf`] function.
        pub fn balanceOf(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, balanceOfCall, N> {
            self.call_builder(&balanceOfCall { owner })
        }
        ///Creates a new call builder for the [`disableNode`] function.
        pub fn disableNode(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, disableNodeCall, N> {
            self.call_builder(&disableNodeCall { nodeId })
        }
        ///Creates a new call builder for the [`enableNode`] function.
        pub fn enableNode(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, enableNodeCall, N> {
            self.call_builder(&enableNodeCall { nodeId })
        }
        ///Creates a new call builder for the [`enabledNodeIds`] function.
        pub fn enabledNodeIds(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, enabledNodeIdsCall, N> {
            self.call_builder(&enabledNodeIdsCall)
        }
        ///Creates a new call builder for the [`getApproved`] function.
        pub fn getApproved(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getApprovedCall, N> {
            self.call_builder(&getApprovedCall { tokenId })
        }
        ///Creates a new call builder for the [`getNode`] function.
        pub fn getNode(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, getNodeCall, N> {
            self.call_builder(&getNodeCall { nodeId })
        }
        ///Creates a new call builder for the [`getNodes`] function.
        pub fn getNodes(
            &self,
            fromNodeId: u32,
            limit: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getNodesCall, N> {
            self.call_builder(&getNodesCall { fromNodeId, limit })
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`getSigner`] function.
        pub fn getSigner(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, getSignerCall, N> {
            self.call_builder(&getSignerCall { nodeId })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`initialize`] function.
        pub fn initialize(
            &self,
            admin: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, initializeCall, N> {
            self.call_builder(&initializeCall { admin })
        }
        ///Creates a new call builder for the [`isApprovedForAll`] function.
        pub fn isApprovedForAll(
            &self,
            owner: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isApprovedForAllCall, N> {
            self.call_builder(
                &isApprovedForAllCall {
                    owner,
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`isEnabled`] function.
        pub fn isEnabled(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, isEnabledCall, N> {
            self.call_builder(&isEnabledCall { nodeId })
        }
        ///Creates a new call builder for the [`isSigner`] function.
        pub fn isSigner(
            &self,
            nodeId: u32,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isSignerCall, N> {
            self.call_builder(&isSignerCall { nodeId, signer })
        }
        ///Creates a new call builder for the [`name`] function.
        pub fn name(&self) -> alloy_contract::SolCallBuilder<&P, nameCall, N> {
            self.call_builder(&nameCall)
        }
        ///Creates a new call builder for the [`nodeCount`] function.
        pub fn nodeCount(&self) -> alloy_contract::SolCallBuilder<&P, nodeCountCall, N> {
            self.call_builder(&nodeCountCall)
        }
        ///Creates a new call builder for the [`nodeExists`] function.
        pub fn nodeExists(
            &self,
            nodeId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, nodeExistsCall, N> {
            self.call_builder(&nodeExistsCall { nodeId })
        }
        ///Creates a new call builder for the [`nodeIdOf`] function.
        pub fn nodeIdOf(
            &self,
            owner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, nodeIdOfCall, N> {
            self.call_builder(&nodeIdOfCall { owner })
        }
        ///Creates a new call builder for the [`nodeIdOfSigner`] function.
        pub fn nodeIdOfSigner(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, nodeIdOfSignerCall, N> {
            self.call_builder(&nodeIdOfSignerCall { signer })
        }
        ///Creates a new call builder for the [`nodeSet`] function.
        pub fn nodeSet(&self) -> alloy_contract::SolCallBuilder<&P, nodeSetCall, N> {
            self.call_builder(&nodeSetCall)
        }
        ///Creates a new call builder for the [`ownerOf`] function.
        pub fn ownerOf(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, ownerOfCall, N> {
            self.call_builder(&ownerOfCall { tokenId })
        }
        ///Creates a new call builder for the [`payers`] function.
        pub fn payers(&self) -> alloy_contract::SolCallBuilder<&P, payersCall, N> {
            self.call_builder(&payersCall)
        }
        ///Creates a new call builder for the [`proxiableUUID`] function.
        pub fn proxiableUUID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proxiableUUIDCall, N> {
            self.call_builder(&proxiableUUIDCall)
        }
        ///Creates a new call builder for the [`quorumView`] function.
        pub fn quorumView(
            &self,
            nodeIds: alloy::sol_types::private::Vec<u32>,
        ) -> alloy_contract::SolCallBuilder<&P, quorumViewCall, N> {
            self.call_builder(&quorumViewCall { nodeIds })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`rotateSigningKey`] function.
        pub fn rotateSigningKey(
            &self,
            nodeId: u32,
            signingPublicKey: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, rotateSigningKeyCall, N> {
            self.call_builder(
                &rotateSigningKeyCall {
                    nodeId,
                    signingPublicKey,
                },
            )
        }
        ///Creates a new call builder for the [`safeTransferFrom_0`] function.
        pub fn safeTransferFrom_0(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, safeTransferFrom_0Call, N> {
            self.call_builder(
                &safeTransferFrom_0Call {
                    from,
                    to,
                    tokenId,
                },
            )
        }
        ///Creates a new call builder for the [`safeTransferFrom_1`] function.
        pub fn safeTransferFrom_1(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, safeTransferFrom_1Call, N> {
            self.call_builder(
                &safeTransferFrom_1Call {
                    from,
                    to,
                    tokenId,
                    data,
                },
            )
        }
        ///Creates a new call builder for the [`selectionManager`] function.
        pub fn selectionManager(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, selectionManagerCall, N> {
            self.call_builder(&selectionManagerCall)
        }
        ///Creates a new call builder for the [`setApprovalForAll`] function.
        pub fn setApprovalForAll(
            &self,
            _0: alloy::sol_types::private::Address,
            _1: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setApprovalForAllCall, N> {
            self.call_builder(&setApprovalForAllCall { _0, _1 })
        }
        ///Creates a new call builder for the [`setHttpAddress`] function.
        pub fn setHttpAddress(
            &self,
            nodeId: u32,
            httpAddress: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, setHttpAddressCall, N> {
            self.call_builder(
                &setHttpAddressCall {
                    nodeId,
                    httpAddress,
                },
            )
        }
        ///Creates a new call builder for the [`setPayers`] function.
        pub fn setPayers(
            &self,
            payers_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setPayersCall, N> {
            self.call_builder(&setPayersCall { payers_ })
        }
        ///Creates a new call builder for the [`setSelectionManager`] function.
        pub fn setSelectionManager(
            &self,
            selectionManager_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setSelectionManagerCall, N> {
            self.call_builder(
                &setSelectionManagerCall {
                    selectionManager_,
                },
            )
        }
        ///Creates a new call builder for the [`signerOf`] function.
        pub fn signerOf(
            &self,
            signingPublicKey: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, signerOfCall, N> {
            self.call_builder(&signerOfCall { signingPublicKey })
        }
        ///Creates a new call builder for the [`signerRecord`] function.
        pub fn signerRecord(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, signerRecordCall, N> {
            self.call_builder(&signerRecordCall { signer })
        }
        ///Creates a new call builder for the [`signerRetiredAt`] function.
        pub fn signerRetiredAt(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, signerRetiredAtCall, N> {
            self.call_builder(&signerRetiredAtCall { signer })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`symbol`] function.
        pub fn symbol(&self) -> alloy_contract::SolCallBuilder<&P, symbolCall, N> {
            self.call_builder(&symbolCall)
        }
        ///Creates a new call builder for the [`tokenURI`] function.
        pub fn tokenURI(
            &self,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, tokenURICall, N> {
            self.call_builder(&tokenURICall { tokenId })
        }
        ///Creates a new call builder for the [`transferFrom`] function.
        pub fn transferFrom(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            tokenId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, transferFromCall, N> {
            self.call_builder(
                &transferFromCall {
                    from,
                    to,
                    tokenId,
                },
            )
        }
        ///Creates a new call builder for the [`transferNode`] function.
        pub fn transferNode(
            &self,
            nodeId: u32,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferNodeCall, N> {
            self.call_builder(
                &transferNodeCall {
                    nodeId,
                    newOwner,
                },
            )
        }
        ///Creates a new call builder for the [`transferNodeWithKey`] function.
        pub fn transferNodeWithKey(
            &self,
            nodeId: u32,
            newOwner: alloy::sol_types::private::Address,
            signingPublicKey: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, transferNodeWithKeyCall, N> {
            self.call_builder(
                &transferNodeWithKeyCall {
                    nodeId,
                    newOwner,
                    signingPublicKey,
                },
            )
        }
        ///Creates a new call builder for the [`upgradeToAndCall`] function.
        pub fn upgradeToAndCall(
            &self,
            newImplementation: alloy::sol_types::private::Address,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, upgradeToAndCallCall, N> {
            self.call_builder(
                &upgradeToAndCallCall {
                    newImplementation,
                    data,
                },
            )
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > NodesInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Approval`] event.
        pub fn Approval_filter(&self) -> alloy_contract::Event<&P, Approval, N> {
            self.event_filter::<Approval>()
        }
        ///Creates a new event filter for the [`ApprovalForAll`] event.
        pub fn ApprovalForAll_filter(
            &self,
        ) -> alloy_contract::Event<&P, ApprovalForAll, N> {
            self.event_filter::<ApprovalForAll>()
        }
        ///Creates a new event filter for the [`HttpAddressUpdated`] event.
        pub fn HttpAddressUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, HttpAddressUpdated, N> {
            self.event_filter::<HttpAddressUpdated>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`NodeAdded`] event.
        pub fn NodeAdded_filter(&self) -> alloy_contract::Event<&P, NodeAdded, N> {
            self.event_filter::<NodeAdded>()
        }
        ///Creates a new event filter for the [`NodeDisabled`] event.
        pub fn NodeDisabled_filter(&self) -> alloy_contract::Event<&P, NodeDisabled, N> {
            self.event_filter::<NodeDisabled>()
        }
        ///Creates a new event filter for the [`NodeEnabled`] event.
        pub fn NodeEnabled_filter(&self) -> alloy_contract::Event<&P, NodeEnabled, N> {
            self.event_filter::<NodeEnabled>()
        }
        ///Creates a new event filter for the [`NodeSetUpdated`] event.
        pub fn NodeSetUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, NodeSetUpdated, N> {
            self.event_filter::<NodeSetUpdated>()
        }
        ///Creates a new event filter for the [`NodeTransferred`] event.
        pub fn NodeTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, NodeTransferred, N> {
            self.event_filter::<NodeTransferred>()
        }
        ///Creates a new event filter for the [`PayersUpdated`] event.
        pub fn PayersUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, PayersUpdated, N> {
            self.event_filter::<PayersUpdated>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`SelectionManagerUpdated`] event.
        pub fn SelectionManagerUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, SelectionManagerUpdated, N> {
            self.event_filter::<SelectionManagerUpdated>()
        }
        ///Creates a new event filter for the [`SignerRetired`] event.
        pub fn SignerRetired_filter(
            &self,
        ) -> alloy_contract::Event<&P, SignerRetired, N> {
            self.event_filter::<SignerRetired>()
        }
        ///Creates a new event filter for the [`SigningKeyRotated`] event.
        pub fn SigningKeyRotated_filter(
            &self,
        ) -> alloy_contract::Event<&P, SigningKeyRotated, N> {
            self.event_filter::<SigningKeyRotated>()
        }
        ///Creates a new event filter for the [`Transfer`] event.
        pub fn Transfer_filter(&self) -> alloy_contract::Event<&P, Transfer, N> {
            self.event_filter::<Transfer>()
        }
        ///Creates a new event filter for the [`Upgraded`] event.
        pub fn Upgraded_filter(&self) -> alloy_contract::Event<&P, Upgraded, N> {
            self.event_filter::<Upgraded>()
        }
    }
}
